## /live: felles LIVE-sendinger

live-error-not-moderator = Å planlegge LIVE krever tillatelsen Administrer arrangementer eller serverens LIVE-moderatorrolle.
live-error-not-host = Bare vertene for LIVE #{ $number } og LIVE-moderatorer kan endre den.
live-error-need-timezone = Jeg leser tider i din tidssone, og du har ikke satt noen. Kjør `/timezone set` først, eller bruk valget `timezone`.
live-zone-server = Tiden ble lest i serverens tidssone, { $zone }, fordi du ikke har satt din egen (`/timezone set`).
live-error-no-number = Det finnes ingen LIVE #{ $number } på denne serveren. `/live list` viser de kommende.
live-error-not-found = Den sendingen finnes ikke lenger på denne serveren.
live-error-not-scheduled = Denne sendingen er ikke planlagt lenger (avlyst eller ferdig), så den kan ikke endres.
live-saved-announcement = Kunngjøring: { $url }
live-problem-event-forbidden = Jeg kunne ikke opprette eller endre Discord-arrangementet: jeg mangler tillatelsen Opprett/Administrer arrangementer. Gi rollen min den tillatelsen, og flytt sendingen for å prøve igjen.
live-problem-event-cap = Jeg kunne ikke opprette Discord-arrangementet: serveren har allerede Discords maksimum på 100 planlagte arrangementer. Slett noen gamle, og flytt sendingen for å prøve igjen.
live-problem-event-failed = Discord avviste arrangementet for denne sendingen. Sendingen er lagret; flytt den for å prøve igjen.
live-problem-event-gone = Discord-arrangementet for denne sendingen ble slettet av noen.
live-problem-no-event = Denne sendingen har ikke noe Discord-arrangement.
live-problem-no-channel = Ingen kunngjøring ble lagt ut: serveren har ingen LIVE-kanal. En administrator kan sette en med `/config channel`; legg den så ut med `/live announce`.
live-problem-channel-forbidden = Jeg kunne ikke legge ut kunngjøringen i { $channel }: jeg mangler tillatelse til å se eller sende meldinger der. Gi rollen min de tillatelsene, eller velg en annen kanal med `/config channel`.
live-problem-channel-gone = Jeg kunne ikke legge ut kunngjøringen: kanalen finnes ikke lenger. Sett en ny med `/config channel`.
live-problem-announce-failed = Discord avviste kunngjøringsmeldingen. Sendingen er lagret.
live-problem-announcement-gone = Kunngjøringsmeldingen ble slettet, så den kunne ikke oppdateres.

live-announce-title = 🔴 { $title }
live-announce-cancelled-title = AVLYST: { $title }
live-announce-cancelled = **Denne sendingen er avlyst.**
live-announce-when = { $full } ({ $relative }) · { $minutes } min
live-announce-hosts = Verter: { $hosts }
live-announce-rsvps = Påmeldinger
live-announce-counts = Kommer: { $going } · Kanskje: { $maybe } · Kan ikke: { $cant }
live-announce-footer = LIVE #{ $number }
live-rsvp-going = Kommer ({ $count })
live-rsvp-maybe = Kanskje ({ $count })
live-rsvp-cant = Kan ikke ({ $count })
live-rsvp-cancelled = LIVE #{ $number } er avlyst, så den tar ikke imot påmeldinger.
live-rsvp-over = LIVE #{ $number } er over, så den tar ikke imot påmeldinger.
live-status-scheduled = planlagt
live-status-cancelled = avlyst
live-status-ended = ferdig
live-slot-host = { $host } { $weekday } { $time }

## Påminnelser, «starter nå» og slutten på en LIVE

live-saved-here = Kunngjøringen ble lagt ut i { $channel }, der du planla den, fordi serveren ikke har noen LIVE-kanal. En administrator kan sette en med `/config channel`.
live-announce-ended-title = Avsluttet: { $title }
live-announce-ended = Denne LIVE-en er over. Takk for at du kom!
live-choice-status = {" "}({ $status })

## Faste sendinger

live-series-until-range = `until` må være på eller etter første sending og høyst ett år fram.

## Gjester og kalendere

live-guest-join = Bli med som gjest ({ $taken }/{ $slots })
live-calendar-button = Legg til i kalender
live-guests-title = Gjester ({ $taken }/{ $slots })
live-guests-none = Ingen ennå: trykk «Bli med som gjest».
live-guests-value = { $guests }
    { $waiting ->
        [0] {""}
        [one] Ett medlem står på venteliste.
       *[other] { $waiting } medlemmer står på venteliste.
    }
live-host-left = (verten har gått: en LIVE-moderator kan endre denne LIVE-en)
# In a scheduled event's location, for a host no longer in the server
live-location-host-left = verten har gått
