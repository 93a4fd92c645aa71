## Faste sendinger

live-series-need-repeat = `count` og `until` hører til en fast sending: velg `repeat` også.
live-series-alternate-need-repeat = `alternate_when` er den andre tiden i en fast sending: velg `repeat` også.
live-series-count-and-until = Oppgi `count` eller `until`, ikke begge.
live-series-need-end = En fast sending trenger en slutt: `count` (2–26 sendinger) eller `until` (en dato).
live-series-count-range = En serie har 2 til 26 sendinger, den første medregnet.
live-series-alternate-before = `alternate_when` må komme etter `when`.
live-series-alternate-same-week = `alternate_when` ({ $alternate }) er i samme uke som første sending ({ $first }). En serie har én sending { $weeks ->
    [one] i uka
   *[other] hver { $weeks }. uke
}, annenhver gang på de to tidene, så den andre tiden hører hjemme i uka fra { $week }. Skriv bare ukedag og klokkeslett, så legger jeg den i den uka, eller gi en dato i den uka, for eksempel `{ $example }`.
live-series-alternate-week = `alternate_when` ({ $alternate }) må ligge i uka fra { $week }, { $weeks ->
    [one] uka etter første sending ({ $first })
   *[other] { $weeks } uker etter uka til første sending ({ $first })
}: en serie har én sending { $weeks ->
    [one] i uka
   *[other] hver { $weeks }. uke
}, annenhver gang på de to tidene. Skriv bare ukedag og klokkeslett, så legger jeg den i den uka, eller gi en dato i den uka, for eksempel `{ $example }`.
live-series-moved = (flyttet til { $time }: klokka stilles fram da)
live-series-dst = (tiden flytter seg for { $hosts }: der skifter sommertiden på en annen dag)
live-series-week = uka fra { $monday }
live-series-events = Discord-hendelser lages for de neste { $window } sendingene; de neste kommer etter hvert.
live-series-saved = { $count ->
    [one] Lagret 1 sending av «{ $title }», #{ $first }: { $full }.
   *[other] Lagret { $count } sendinger av «{ $title }», #{ $first }–#{ $last }: første { $full }, siste { $last_full }.
}
live-series-saved-events = { $count ->
    [one] Discord-hendelse laget for neste sending.
   *[other] Discord-hendelser laget for de neste { $count } sendingene.
}

## Gjester og kalendere

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
cmd-live-guests = Gjestene og ventelisten til en LIVE
cmd-live-guests--live = Sendingens nummer (#12)
cmd-live-guests--remove = Ta dette medlemmet av gjestelisten eller ventelisten (verter og LIVE-moderatorer)
