cmd-config = Serverinnstillinger for CreatorPulse (bare Administrer server)
cmd-config-show = Vis alle innstillinger og hva boten mangler
cmd-config-channel = Velg hvor LIVE-er eller rekkeoppsummeringer postes
cmd-config-channel--kind = Hvilke innlegg som skal til denne kanalen
cmd-config-channel--channel = Kanalen de skal postes i
cmd-config-reminders = Sett standard påminnelser før LIVE
cmd-config-reminders--offsets = 1 til 5 tider før en LIVE, mellom 5 min og 7 døgn, f.eks. 24h, 1h, 15m
cmd-config-timezone = Sett serverens tidssone
cmd-config-timezone--timezone = En by, et land eller en sone, f.eks. Oslo eller Asia/Shanghai (standard UTC)
cmd-config-delete-data = Slett alt CreatorPulse lagrer for denne serveren
cmd-config-calendar = Adressen til serverens LIVE-kalender
cmd-config-calendar--rotate = Lag en ny adresse; den gamle slutter å virke
cmd-config-modrole = Sett eller fjern LIVE-moderatorrollen
cmd-config-modrole--role = Medlemmer med denne rollen kan planlegge LIVE-er (tomt fjerner den)
cmd-config-language = Sett serverens reservespråk
cmd-config-language--language = Brukes for medlemmer med et Discord-språk boten ikke kan

## /config

config-not-allowed = Bare medlemmer med tillatelsen Administrer server kan endre innstillingene til CreatorPulse. Ingenting ble endret.
config-choice-live = LIVE-kunngjøringer
config-choice-recap = Rekkeoppsummeringer
config-choice-member = Hvert medlems Discord-språk
config-choice-en-US = English (engelsk)
config-choice-zh-CN = 简体中文 (forenklet kinesisk)
config-choice-no = Norsk
config-channel-set-live = LIVE-kunngjøringer postes i { $channel }.
config-channel-set-recap = Rekkeoppsummeringer postes i { $channel }.
config-channel-warning = ⚠️ Lagret, men jeg kan ikke poste ordentlig i { $channel } ennå: jeg mangler { $permissions }. Gi rollen min disse tillatelsene i kanalen.
config-reminders-set = Standard LIVE-påminnelser: { $offsets } før start.
config-reminders-empty = Skriv 1 til 5 påminnelsestider skilt med komma, som `24h, 1h, 15m`.
config-reminders-format = «{ $value }» er ikke en påminnelsestid jeg kan lese. Bruk tider som `24h, 1h, 15m`.
config-reminders-range = «{ $value }» er utenfor området: hver påminnelse må være mellom 5 minutter og 7 døgn før LIVE-en.
config-reminders-too-many = Det er { $count ->
    [one] { $count } påminnelsestid
   *[other] { $count } påminnelsestider
}; maks er { $maximum }.
config-reminders-duplicate = «{ $value }» står to ganger. Oppgi hver påminnelsestid én gang.
config-reminders-none-mixed = «ingen» betyr ingen påminnelser og kan ikke blandes med påminnelsestider.
config-modrole-set = Medlemmer med { $role } kan nå planlegge LIVE-er, i tillegg til medlemmer med tillatelsen Administrer arrangementer.
config-modrole-cleared = LIVE-moderatorrollen er fjernet: bare medlemmer med tillatelsen Administrer arrangementer kan planlegge LIVE-er.
config-modrole-everyone = @everyone kan ikke være LIVE-moderatorrollen. Velg en rolle som moderatorene har.
config-language-set = Serverens språk: { $language }.
config-language-member = Hvert medlems Discord-språk (engelsk når boten ikke kan det)
config-language-en-US = English (engelsk)
config-language-zh-CN = 简体中文 (forenklet kinesisk)
config-language-no = Norsk
config-field-public-language = Kunngjøringer, påminnelser og oppsummeringer
config-public-set = { $language }, satt med `/config language`.
config-public-members = { $language }: språket flest medlemmer har brukt med boten de siste 30 dagene. `/config language` låser et språk i stedet.
config-public-actor = { $language }: ingen språk leder blant medlemmene ennå, så innleggene følger medlemmet som utløser dem.
config-public-default = { $language }: ingen medlemmer har brukt boten ennå.
config-title = CreatorPulse-innstillinger
config-field-language = Språk
config-field-live = LIVE-kunngjøringer
config-field-recap = Rekkeoppsummeringer
config-field-modrole = LIVE-moderatorrolle
config-field-reminders = Standard LIVE-påminnelser
config-field-timezone = Serverens tidssone
config-timezone-unset = UTC (ikke satt: `/config timezone`)
config-timezone-set = Serverens tidssone er nå { $zone }. Ukeoppsummeringen kommer mandag kl. 09:00 der, og moderatorer uten egen tidssone planlegger LIVE-er i den.
config-calendar-off = Kalenderstrømmen er av på denne boten. Den som drifter den kan slå den på med `CALENDAR_PORT` (se README). Medlemmer kan fortsatt bruke `/live calendar`.
config-calendar-url = Abonner på denne adressen i en kalenderapp for å se alle LIVE-ene på serveren, alltid oppdatert. Del den bare med medlemmer: alle som har den kan lese planen. { $url }
config-calendar-rotated = En ny adresse er laget; den gamle virker ikke lenger. { $url }
config-field-goal = Standard ukemål
config-field-benchmark = Referansesett
config-field-events = Discord-arrangementer
config-channel-unset = Ikke satt
config-channel-deleted = ⚠️ Kanalen som er satt her (id { $id }) er slettet. Velg en annen med `/config channel`.
config-role-deleted = ⚠️ Rollen som er satt her (id { $id }) er slettet. Velg en annen med `/config modrole`.
config-modrole-unset = Ikke satt (medlemmer med Administrer arrangementer)
config-status-ok = ✅ Jeg kan poste her
config-status-missing = ⚠️ Jeg mangler: { $permissions }
config-events-ok = ✅ Jeg kan opprette og administrere arrangementer
config-reminders-value = { $offsets } før
config-goal-value = { $goal ->
    [one] { $goal } innlegg i uka
   *[other] { $goal } innlegg i uka
}
config-unit-days = { $n ->
    [one] { $n } døgn
   *[other] { $n } døgn
}
config-unit-hours = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
config-unit-minutes = { $n ->
    [one] { $n } minutt
   *[other] { $n } minutter
}
config-perm-view_channel = Se kanal
config-perm-send_messages = Send meldinger
config-perm-embed_links = Bygg inn lenker
config-perm-attach_files = Legg ved filer
config-perm-create_events = Opprett arrangementer
config-perm-manage_events = Administrer arrangementer
config-delete-data-nothing = CreatorPulse lagrer ingenting for denne serveren, så det er ingenting å slette.
config-delete-data-prompt = { $rows ->
    [one] Dette sletter alt CreatorPulse lagrer for **{ $server }**, for godt: { $rows } oppføring.
   *[other] Dette sletter alt CreatorPulse lagrer for **{ $server }**, for godt: { $rows } oppføringer.
} Innstillingene, alle LIVE-er, og hvert medlems profil, resultater, innlegg, rekker og svar her. Ta en eksport først, trykk så Slett… og skriv inn navnet på serveren.
config-delete-data-export = Eksporter først
config-delete-data-delete = Slett…
config-delete-data-form = Slett dataene til denne serveren
config-delete-data-name = Skriv serverens navn for å bekrefte
config-delete-data-exported = { $rows ->
    [one] Alt som er lagret for denne serveren: { $rows } oppføring.
   *[other] Alt som er lagret for denne serveren: { $rows } oppføringer.
} { $files ->
    [one] Det inneholder medlemmers data: ta godt vare på det.
   *[other] Det kommer zippet, i { $files } filer som sammen har hver oppføring én gang. Det inneholder medlemmers data: ta godt vare på det.
}
config-delete-data-too-large = Discord avviste eksporten fordi den er for stor til å sendes her. Ingenting ble slettet. Be de som driver boten om den.
config-delete-data-mismatch = Det er ikke navnet på denne serveren (**{ $server }**). Ingenting ble slettet.
config-delete-data-done = { $rows ->
    [one] Ferdig: { $rows } oppføring ble slettet. CreatorPulse begynner på nytt på denne serveren.
   *[other] Ferdig: { $rows } oppføringer ble slettet. CreatorPulse begynner på nytt på denne serveren.
} { $events ->
    [0] Meldinger den har postet, blir stående: en moderator kan fjerne dem.
    [one] Discord-hendelsen til { $events } kommende LIVE ble fjernet; meldinger den har postet, blir stående.
   *[other] Discord-hendelsene til { $events } kommende LIVE-er ble fjernet; meldinger den har postet, blir stående.
}
