"""Scheduling and announcements: finding a time, the preview and its buttons, saving,
moving and cancelling a LIVE with its event and announcement, the list, RSVPs, calendar
files and the calendar feed, and the start-up check of orphan events."""
