"""Series and guests: recurring shows (every show saved at once, the Discord side kept
ahead of the series) and guest sign-ups with a waitlist (``/live guests``, the "Join as
guest" button)."""
