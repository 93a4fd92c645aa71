## /live: felles LIVE-sendinger

cmd-live = Felles LIVE: finn tid, planlegg, meld deg på
cmd-live-suggest = Finn tider da alle verter er ledige
cmd-live-suggest--host1 = Første vert
cmd-live-suggest--duration = Varighet: 45m, 1h30 (standard 60 minutter; 15 minutter til 12 timer)
cmd-live-suggest--host2 = Andre vert
cmd-live-suggest--host3 = Tredje vert
cmd-live-suggest--host4 = Fjerde vert
cmd-live-suggest--host5 = Femte vert
cmd-live-suggest--host6 = Sjette vert
cmd-live-suggest--within_days = Søk så mange dager fram (1–28, standard 7)
cmd-live-suggest--earliest = Ikke før: i morgen 18:00, fre kl 20 (standard: om en time)
cmd-live-schedule = Planlegg en felles LIVE (forhåndsvisning først)
cmd-live-schedule--title = Tittel på sendingen (1–100 tegn)
cmd-live-schedule--when = Når: 2026-12-03 20:00, i morgen kl 20, fre 20:00, om 2t (din tidssone)
cmd-live-schedule--duration = Varighet: 45m, 1h30 (standard 60 minutter; 15 minutter til 12 timer)
cmd-live-schedule--host1 = Første vert (standard: deg)
cmd-live-schedule--host2 = Andre vert
cmd-live-schedule--host3 = Tredje vert
cmd-live-schedule--host4 = Fjerde vert
cmd-live-schedule--host5 = Femte vert
cmd-live-schedule--host6 = Sjette vert
cmd-live-schedule--description = Hva sendingen handler om (opptil 1000 tegn)
cmd-live-schedule--channel = Kunngjør i denne kanalen i stedet for serverens LIVE-kanal
cmd-live-schedule--timezone = Les tiden i denne tidssonen i stedet for din
cmd-live-schedule--reminders = Påminnelser: 24h, 1h, 15m eller ingen
cmd-live-schedule--repeat = Gjenta sendingen ukentlig eller annenhver uke
cmd-live-schedule--count = Hvor mange sendinger i alt, den første medregnet (2–26)
cmd-live-schedule--until = Eller: gjenta til denne datoen, f.eks. 2027-03-31
cmd-live-schedule--alternate_when = En andre tid å veksle med, f.eks. neste ukes lør 03:00
cmd-live-schedule--guest_slots = Gjesteplasser medlemmer kan melde seg på (0–8); resten venter
cmd-live-reschedule = Flytt en LIVE til en annen tid (forhåndsvisning først)
cmd-live-reschedule--live = Sendingens nummer (#12)
cmd-live-reschedule--when = Ny tid: i morgen kl 20, fre 20:00 (din tidssone)
cmd-live-reschedule--duration = Ny varighet: 45m, 1h30 (standard: behold)
cmd-live-reschedule--timezone = Les tiden i denne tidssonen i stedet for din
cmd-live-reschedule--reminders = Nye påminnelser: 24h, 15m eller ingen
cmd-live-cancel = Avlys en LIVE (spør først)
cmd-live-cancel--live = Sendingens nummer (#12)
cmd-live-list = Kommende LIVE-sendinger på serveren
cmd-live-info = Verter, tider, påmeldinger og lenker for en LIVE
cmd-live-info--live = Sendingens nummer (#12)

live-local-time = { $weekday } { $date } kl. { $time } ({ $zone })
live-host-line = { $host }: { $when }
live-host-no-timezone = ukjent tidssone (kan settes med `/timezone set`)

live-error-not-moderator = Å planlegge LIVE krever tillatelsen Administrer arrangementer eller serverens LIVE-moderatorrolle.
live-error-not-host = Bare vertene for LIVE #{ $number } og LIVE-moderatorer kan endre den.
live-error-title = Tittelen trenger tekst (1–100 tegn), ikke bare mellomrom.
live-error-host-twice = Samme vert står to ganger. Velg hver vert én gang.
live-error-host-bot = En bot kan ikke være vert. Velg medlemmer.
live-error-host-count = En LIVE har 1 til 6 verter.
live-error-need-timezone = Jeg leser tider i din tidssone, og du har ikke satt noen. Kjør `/timezone set` først, eller bruk valget `timezone`.
live-zone-server = Tiden ble lest i serverens tidssone, { $zone }, fordi du ikke har satt din egen (`/timezone set`).
live-error-past = Det tidspunktet er allerede passert. Velg et tidspunkt fram i tid.
live-error-too-far = Det er mer enn ett år fram. Velg en tid innen 365 dager.
live-error-no-number = Det finnes ingen LIVE #{ $number } på denne serveren. `/live list` viser de kommende.
live-error-not-found = Den sendingen finnes ikke lenger på denne serveren.
live-error-not-scheduled = Denne sendingen er ikke planlagt lenger (avlyst eller ferdig), så den kan ikke endres.

live-preview-title = Forhåndsvisning: { $title }
live-preview-reschedule-title = Ny tid for: { $title }
live-preview-when = **Når:** { $full } ({ $relative }) · { $minutes } min
live-preview-was = **Var:** { $full }
live-preview-understood = Jeg leste tiden som: `{ $understood }`
live-preview-hosts = Verter, i sin egen tid
live-preview-warnings = Advarsler
live-preview-announcement = Kunngjøring
live-preview-channel = Blir lagt ut i { $channel }.
live-preview-no-channel = Ingen kunngjøringskanal er satt, så sendingen lagres uten kunngjøring. En administrator kan sette en med `/config channel`, eller bruk valget `channel`.
live-preview-footer = Bare du kan bekrefte. Forhåndsvisningen utløper om { $minutes ->
    [one] { $minutes } minutt
   *[other] { $minutes } minutter
}.
live-preview-expired = Denne forhåndsvisningen har utløpt (eller boten startet på nytt). Kjør kommandoen igjen.
live-step-dropped = Avbrutt. Ingenting ble endret.
live-dst-earlier = Første gang ({ $offset })
live-dst-later = Andre gang ({ $offset })

live-warn-outside = { $host } er ikke ledig da (utenfor tidsrommene vedkommende har satt med `/availability`).
live-warn-night = Det er natt for { $host }: starter kl. { $time } i vertens tid ({ $minutes } min mellom 00:00 og 07:00).
live-warn-clash = Kolliderer med LIVE #{ $number } «{ $title }» ({ $when }) for { $hosts }.
live-warn-soon = Den starter om under en time: medlemmene får kort varsel.

live-saved = Lagret LIVE #{ $number } «{ $title }»: { $full } ({ $relative }).
live-saved-event = Arrangement: { $url }
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
live-rsvp-done-going = Du kommer på LIVE #{ $number } «{ $title }». Du får en DM hvis den flyttes eller avlyses.
live-rsvp-done-maybe = Registrert som kanskje for LIVE #{ $number } «{ $title }».
live-rsvp-done-cant = Registrert som kan ikke for LIVE #{ $number } «{ $title }».
live-rsvp-cancelled = LIVE #{ $number } er avlyst, så den tar ikke imot påmeldinger.
live-rsvp-over = LIVE #{ $number } er over, så den tar ikke imot påmeldinger.

live-cancel-question = Avlyse LIVE #{ $number } «{ $title }» ({ $full })? { $going ->
        [one] 1 medlem har sagt Kommer og får en DM.
       *[other] { $going } medlemmer har sagt Kommer og får en DM.
    }
live-cancel-button = Avlys sendingen
live-cancel-keep = Behold den
live-cancelled = LIVE #{ $number } «{ $title }» er avlyst. DM sendt til dem som kommer: { $sent }; kunne ikke nå: { $failed }.
live-rescheduled = LIVE #{ $number } «{ $title }» er flyttet til { $full } ({ $relative }). DM sendt til dem som kommer: { $sent }; kunne ikke nå: { $failed }.
live-dm-cancelled = LIVE #{ $number } «{ $title }» ({ $full }) er avlyst.
live-dm-rescheduled = LIVE #{ $number } «{ $title }» er flyttet til { $full } ({ $relative }).

live-list-title = Kommende LIVE-sendinger
live-list-empty = Ingen sendinger er planlagt. Moderatorer kan bruke `/live suggest` eller `/live schedule`.
live-list-line = **#{ $number }** { $title } · { $full } ({ $relative }) · { $hosts }
live-list-page = Side { $page } av { $pages } · { $total ->
    [one] { $total } sending
   *[other] { $total } sendinger
}
live-list-prev = Forrige
live-list-next = Neste

live-info-title = LIVE #{ $number }: { $title }
live-info-when = { $full } ({ $relative }) · { $minutes } min · { $status }
live-info-going = Kommer: { $names }
live-info-links = Lenker
live-info-event = [Discord-arrangement]({ $url })
live-info-announcement = [Kunngjøring]({ $url })
live-info-no-links = Ingen arrangement eller kunngjøring.
live-status-scheduled = planlagt
live-status-cancelled = avlyst
live-status-ended = ferdig

live-suggest-title = Foreslåtte tider
live-suggest-found = Tider da alle verter er ledige i { $minutes } min, innen { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}:
live-suggest-none-common = Ingen tid { $days ->
    [one] den neste { $days } dagen
   *[other] de neste { $days } dagene
} har alle verter ledige i { $minutes } min. Disse kommer nærmest:
live-suggest-nothing = Jeg fant ingen tid { $days ->
    [one] den neste { $days } dagen
   *[other] de neste { $days } dagene
} for en sending på { $minutes } minutter med disse vertene.
live-suggest-unknown = Utelatt (ingen tidssone eller ingen `/availability`): { $hosts }
live-suggest-footer = Trykk et nummer for å planlegge den tiden; du blir spurt om tittel og ser så forhåndsvisningen.
live-suggest-pick = Planlegg nr. { $n }
live-slot-line = **{ $n }.** { $full } ({ $relative })
live-slot-host = { $host } { $weekday } { $time }
live-slot-missing = Ikke ledig: { $hosts }
live-modal-title = Planlegg denne sendingen
live-modal-field-title = Tittel
live-modal-field-description = Beskrivelse (valgfritt)

live-profile-line = Neste LIVE: #{ $number } «{ $title }» { $relative }
privacy-kind-live_hosts = LIVE-sendinger du er vert for
privacy-kind-live_rsvps = Dine LIVE-svar
privacy-kind-live_delivery_parts = LIVE-påminnelser sendt til deg

## Påminnelser, «starter nå» og slutten på en LIVE
live-preview-reminders = Påminnelser
live-preview-here = Ingen LIVE-kanal er satt, så kunngjøringen blir lagt ut her, i { $channel }. En administrator kan sette en med `/config channel`.
live-saved-here = Kunngjøringen ble lagt ut i { $channel }, der du planla den, fordi serveren ikke har noen LIVE-kanal. En administrator kan sette en med `/config channel`.
live-reminders-will = Påminnelser: { $offsets } før start, og et innlegg når den starter.
live-reminders-none = Ingen påminnelser for denne LIVE-en (bare et innlegg når den starter).
live-reminders-too-soon = Ingen påminnelser: LIVE-en starter før den første påminnelsen ville gått ut (bare et innlegg når den starter).
live-reminders-passed = Utelatt, for nær starten: { $offsets } før.
live-reminders-already-sent = Allerede sendt, gjentas ikke: { $offsets } før.
live-reminder-title = ⏰ Påminnelse: { $title }
live-reminder-body = Starter { $full } ({ $relative }).
live-reminder-link = Kunngjøring og påmelding: { $url }
live-reminder-ping = ⏰ LIVE-påminnelse til alle som kommer:
live-start-title = 🔴 Starter nå: { $title }
live-start-body = Startet { $full } ({ $relative }). Bli med vertene på TikTok:
live-start-host = { $host }: { $url }
live-start-ping = 🔴 LIVE-en starter:
live-announce-ended-title = Avsluttet: { $title }
live-announce-ended = Denne LIVE-en er over. Takk for at du kom!
live-choice-status = {" "}({ $status })
privacy-kind-live_guests = Dine gjestepåmeldinger til LIVE-er

## Faste sendinger
live-choice-weekly = ukentlig
live-choice-biweekly = annenhver uke
live-error-guest-slots = Gjesteplasser: velg et tall fra 0 til { $maximum }.
live-series-need-repeat = `count` og `until` hører til en fast sending: velg `repeat` også.
live-series-alternate-need-repeat = `alternate_when` er den andre tiden i en fast sending: velg `repeat` også.
live-series-count-and-until = Oppgi `count` eller `until`, ikke begge.
live-series-need-end = En fast sending trenger en slutt: `count` (2–26 sendinger) eller `until` (en dato).
live-series-count-range = En serie har 2 til 26 sendinger, den første medregnet.
live-series-until-range = `until` må være på eller etter første sending og høyst ett år fram.
live-series-alternate-before = `alternate_when` må komme etter `when`.
live-series-alternate-too-far = `alternate_when` må ligge innen to intervaller etter `when` (for `weekly`: innen 14 dager).
live-preview-series = Alle sendingene
live-series-moved = (flyttet til { $time }: klokka stilles fram da)
live-series-dst = (tiden flytter seg for { $hosts }: der skifter sommertiden på en annen dag)
live-series-events = Discord-hendelser lages for de neste { $window } sendingene; de neste kommer etter hvert.
live-series-saved = { $count ->
    [one] Lagret 1 sending av «{ $title }», #{ $first }: { $full }.
   *[other] Lagret { $count } sendinger av «{ $title }», #{ $first }–#{ $last }: første { $full }, siste { $last_full }.
}
live-series-saved-events = { $count ->
    [one] Discord-hendelse laget for neste sending.
   *[other] Discord-hendelser laget for de neste { $count } sendingene.
}
live-move-this = Flytt denne sendingen
live-move-later = Denne og alle senere
live-moved-later = { $count ->
    [one] Den ene senere sendingen ble flyttet like mye.
   *[other] De { $count } senere sendingene ble flyttet like mye.
}
live-cancel-this = Avlys denne sendingen
live-cancel-later = Avlys denne og alle senere
live-cancelled-later = { $count ->
    [one] Den ene senere sendingen i serien ble også avlyst.
   *[other] De { $count } senere sendingene i serien ble også avlyst.
}

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
live-guests-waiting-list = Venteliste, i rekkefølge: { $members }
live-guest-closed = Påmeldingen til LIVE #{ $number } er stengt: den har startet, er over eller ble avlyst.
live-guest-none = LIVE #{ $number } tar ikke imot gjestepåmeldinger.
live-guest-host = Du er vert for denne LIVE-en, så du er allerede med.
live-guest-joined = Du er gjest på LIVE #{ $number } «{ $title }». Trykk på knappen igjen for å melde deg av.
live-guest-waiting = Gjesteplassene på LIVE #{ $number } er tatt: du er nummer { $position } på ventelisten. Du får en DM hvis en plass blir ledig.
live-guest-left = Du er ikke lenger påmeldt LIVE #{ $number } «{ $title }».
live-guest-promoted = En gjesteplass ble ledig: du er nå gjest på LIVE #{ $number } «{ $title }», { $full } ({ $relative }).
live-guest-not-signed = { $member } er ikke påmeldt denne LIVE-en.
live-guest-removed = { $member } ble tatt av LIVE #{ $number }.
live-calendar-empty = Det finnes ingen kommende LIVE å legge i en kalender.
live-calendar-file = Her er kalenderfilen: åpne den for å legge LIVE-ene i kalenderen din. En nyere fil oppdaterer dem.
cmd-live-guests = Gjestene og ventelisten til en LIVE
cmd-live-guests--live = Sendingens nummer (#12)
cmd-live-guests--remove = Ta dette medlemmet av gjestelisten eller ventelisten (verter og LIVE-moderatorer)
cmd-live-calendar = En kalenderfil for én LIVE eller alle kommende
cmd-live-calendar--live = Sendingens nummer (#12); utelat for alle kommende
live-info-series = Serie: sending { $position } av { $count }
live-announced = Kunngjøringen av LIVE #{ $number } er lagt ut: { $url }
cmd-live-announce = Legg ut kunngjøringen av en LIVE (på nytt)
cmd-live-announce--live = Sendingens nummer (#12)
cmd-live-announce--channel = Legg den ut her (standard: LIVE-ens kanal, ellers serverens, ellers denne)
live-host-left = (verten har gått: en LIVE-moderator kan endre denne LIVE-en)
live-suggest-overlap = { $minutes ->
    [one] Den lengste tiden alle er ledige: 1 minutt, fra { $full } til { $until }.
   *[other] Den lengste tiden alle er ledige: { $minutes } minutter, fra { $full } til { $until }.
}
