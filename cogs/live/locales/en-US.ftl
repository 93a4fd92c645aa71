## /live as a whole

live-profile-line = Next LIVE: #{ $number } “{ $title }” { $relative }

## /privacy: what this feature stores about a member

privacy-kind-live_hosts = LIVEs you host
privacy-kind-live_rsvps = Your LIVE RSVPs
privacy-kind-live_delivery_parts = LIVE reminders sent to you
privacy-kind-live_guests = Your guest sign-ups for LIVEs
privacy-kind-live_reports = Your reported LIVE numbers
privacy-kind-live_checklist_ticks = Your LIVE checklist ticks
privacy-kind-live_reports--reported_by_user_id = LIVE reports you made for others (you are removed, the report stays)
