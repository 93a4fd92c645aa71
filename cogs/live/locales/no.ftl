## /live som helhet

cmd-live = Felles LIVE: finn tid, planlegg, meld deg på
live-profile-line = Neste LIVE: #{ $number } «{ $title }» { $relative }

## /privacy: det denne funksjonen lagrer om et medlem

privacy-kind-live_hosts = LIVE-sendinger du er vert for
privacy-kind-live_rsvps = Dine LIVE-svar
privacy-kind-live_delivery_parts = LIVE-påminnelser sendt til deg
privacy-kind-live_guests = Dine gjestepåmeldinger til LIVE-er
privacy-kind-live_reports = Dine rapporterte LIVE-tall
privacy-kind-live_checklist_ticks = Avkryssingene dine i LIVE-sjekklisten
privacy-kind-live_reports--reported_by_user_id = LIVE-rapporter du har laget for andre (du fjernes, rapporten blir)
