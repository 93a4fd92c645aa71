"""After the LIVE (and just before it): ``/live report`` with the "How did it go?" prompt's
button, ``/live stats`` with its chart and findings, ``/live checklist``."""
