cmd-tiktok = Koble til TikTok-kontoen din og hent tallene dine
cmd-tiktok-connect = Koble til TikTok-kontoen din (TikTok spør deg først)
cmd-tiktok-sync = Hent TikTok-tallene dine nå
cmd-tiktok-status = TikTok-tilkoblingen din og hva den henter
cmd-tiktok-disconnect = Koble fra TikTok-kontoen din

tiktok-not-set-up = Denne boten er ikke satt opp for TikTok. Den som driver den, kan slå det på slik avsnittet «Connect TikTok» i CreatorPulse sin README forklarer.
tiktok-not-connected = Du har ikke koblet til TikTok her. `/tiktok connect` kobler til kontoen din.

tiktok-connect-text = Trykk på knappen for å koble til TikTok-kontoen din. TikTok ber deg logge inn og la CreatorPulse lese profilen din, antall følgere og de offentlige videoene dine; så fyller boten ut ER-historikken, følgernivået og postestreaken din. Lenken virker én gang, i 10 minutter, i nettleseren du åpner den i.
tiktok-connect-replace = Du er koblet til som { $name } nå: en ny tilkobling erstatter den.
tiktok-connect-button = Koble til TikTok
tiktok-connect-refused = Du ga ikke CreatorPulse lov til å lese TikTok-kontoen din, så ingenting ble koblet til. Kjør `/tiktok connect` for å prøve igjen.
tiktok-connected = ✅ Koblet til som **{ $name }**.
tiktok-connected-followers = Følgere: { $followers }
tiktok-connected-reading = Offentlige videoer på kontoen: { $videos }. Leser dem fra { $days ->
    [one] det siste døgnet
   *[other] de siste { $days } dagene
} (høyst { $most })…
tiktok-connected-reading-some = Leser de offentlige videoene dine fra { $days ->
    [one] det siste døgnet
   *[other] de siste { $days } dagene
} (høyst { $most })…
tiktok-first-sync-later = TikTok svarte ikke da boten ville lese videoene dine; den daglige synkroniseringen prøver igjen, eller kjør `/tiktok sync` senere.

tiktok-note-no-videos = TikTok delte ikke videoene dine («video.list» var ikke krysset av), så ingen blir hentet. Kjør `/tiktok connect` igjen og la den være krysset av for å hente dem.
tiktok-note-no-stats = TikTok delte ikke antall følgere («user.info.stats» var ikke krysset av), så profilen din beholder følgerne du skrev inn.

tiktok-sync-title = TikTok-synkronisering
tiktok-sync-account = Konto: **{ $name }**
tiktok-sync-read = { $videos ->
    [0] Ingen offentlige videoer i perioden som ble lest.
    [one] Leste 1 video: { $new } ny, { $updated } oppdatert.
   *[other] Leste { $videos } videoer: { $new } nye, { $updated } oppdatert.
}
tiktok-sync-median = Median-ER etter visninger: **{ $rate }**
tiktok-sync-best = Beste video: [{ $title }]({ $url }) · { $rate }
tiktok-untitled = uten tittel
tiktok-sync-followers = Følgere: { $after }
tiktok-sync-followers-change = Følgere: { $before } → { $after }
tiktok-sync-follower-rate = ER etter følgere over { $posts ->
    [one] den siste videoen din
   *[other] de { $posts } siste videoene dine
}: **{ $rate }**
tiktok-sync-posts = Postelogg: { $added ->
    [0] ingen nye poster
    [one] 1 ny post
   *[other] { $added } nye poster
}
tiktok-sync-posts-known = { $known ->
    [one] 1 ny video sto allerede i posteloggen din (samme lenke eller samme minutt), så den ble ikke telt to ganger.
   *[other] { $known } nye videoer sto allerede i posteloggen din (samme lenke eller samme minutt), så de ble ikke telt to ganger.
}
tiktok-sync-streak = 🔥 Streak: { $streak ->
    [one] 1 uke
   *[other] { $streak } uker
}{ $change } · denne uken { $bar }
tiktok-sync-footer = Hentede resultater er merket «TikTok» i /er history; senere synkroniseringer oppdaterer tallene til hver video.

tiktok-error-unavailable = TikTok svarte ikke, prøv igjen senere. Ingenting ble endret.
tiktok-error-rate-limited = TikTok ber boten sette ned farten: prøv igjen om et minutt. Ingenting ble endret.
tiktok-error-busy = En synkronisering av kontoen din pågår allerede; `/tiktok status` viser når den er ferdig.
tiktok-error-broken = TikTok nektet å fornye botens tilgang til kontoen din, så tilkoblingen sluttet å virke. Kjør `/tiktok connect` for å koble til igjen; det som ble hentet, blir værende.
tiktok-error-removed = Tilgangen til TikTok-kontoen din ble fjernet i TikTok. Kjør `/tiktok connect` for å koble til igjen; det som ble hentet, blir værende.
tiktok-broken-dm = TikTok-tilkoblingen din i **{ $server }** sluttet å virke: TikTok nektet å fornye botens tilgang til kontoen din. Kjør `/tiktok connect` der for å koble til igjen; det som ble hentet, blir værende.

tiktok-status-title = TikTok
tiktok-status-connected = Koblet til som **{ $name }** siden { $since }.
tiktok-status-broken = ⚠️ Siden { $when } nekter TikTok å fornye botens tilgang: kjør `/tiktok connect` for å koble til igjen. Det som ble hentet, blir værende.
tiktok-status-removed = ⚠️ Tilgangen ble fjernet i TikTok { $when } ({ $reason }): kjør `/tiktok connect` for å koble til igjen. Det som ble hentet, blir værende.
tiktok-removed-reason-0 = ingen grunn oppgitt
tiktok-removed-reason-1 = du koblet fra appen i TikTok
tiktok-removed-reason-2 = kontoen ble slettet
tiktok-removed-reason-3 = alderen på kontoen ble endret
tiktok-removed-reason-4 = kontoen ble utestengt
tiktok-removed-reason-5 = utvikleren av appen trakk den tilbake
tiktok-status-last-sync = Siste synkronisering { $when }: { $videos ->
    [one] 1 video lest.
   *[other] { $videos } videoer lest.
}
tiktok-status-never = Ikke synkronisert ennå.
tiktok-status-next = Neste daglige synkronisering: { $when } ({ $relative }).
tiktok-status-shared = Delt av TikTok: { $scopes }.
tiktok-scope-basic = profil
tiktok-scope-stats = antall følgere
tiktok-scope-videos = offentlige videoer
tiktok-status-switches = Hva en synkronisering gjør (trykk på en knapp for å slå av eller på):
tiktok-switch-sync_followers = Følgere → profilen din
tiktok-switch-sync_er = Videoer → ER-historikk
tiktok-switch-sync_posts = Nye videoer → postelogg
tiktok-switch-daily_sync = Daglig synkronisering

tiktok-disconnect-ask = Koble fra TikTok ({ $name })? Boten ber TikTok avslutte tilgangen og sletter tokenene dine. Det den har hentet (resultater i /er history, poster i posteloggen): beholde eller slette?
tiktok-disconnect-keep = Koble fra, behold hentet
tiktok-disconnect-delete = Koble fra, slett hentet
tiktok-disconnect-kept = Koblet fra. Botens tilgang er avsluttet og tokenene dine er slettet; det som ble hentet, blir værende.
tiktok-disconnect-deleted = Koblet fra, og det som ble hentet, er slettet: { $results ->
    [one] 1 resultat
   *[other] { $results } resultater
} og { $posts ->
    [one] 1 post
   *[other] { $posts } poster
}.
tiktok-disconnect-not-revoked = TikTok bekreftet ikke at botens tilgang ble avsluttet; du kan også fjerne appen i innstillingene i TikTok.
tiktok-disconnect-cancelled = Avbrutt: du er fortsatt koblet til.
tiktok-disconnect-timeout = Ikke noe svar, så ingenting ble endret: du er fortsatt koblet til.

tiktok-page-connected-title = Koblet til
tiktok-page-connected = TikTok-kontoen { $name } er koblet til for { $member } i { $server }. Du kan lukke denne fanen: boten forteller deg i Discord hva den fant.
tiktok-page-expired-title = Lenken er utløpt
tiktok-page-expired = Denne lenken er utløpt eller allerede brukt, så ingenting ble koblet til. Kjør /tiktok connect i Discord for å få en ny.
tiktok-page-browser-title = Lenken ble åpnet et annet sted
tiktok-page-browser = Denne innloggingen startet ikke i denne nettleseren, så ingenting ble koblet til. Kjør /tiktok connect i Discord og åpne den nye lenken i nettleseren du logger inn med.
tiktok-page-refused-title = Ikke koblet til
tiktok-page-refused = Du ga ikke tilgang, så ingenting ble koblet til. Du kan lukke denne fanen.
tiktok-page-failed-title = TikTok svarte ikke
tiktok-page-failed = TikTok svarte ikke, så ingenting ble koblet til. Kjør /tiktok connect i Discord igjen om litt.
tiktok-page-rejected-title = Ikke koblet til
tiktok-page-rejected = TikTok godtok ikke denne innloggingen, så ingenting ble koblet til. Kjør /tiktok connect i Discord igjen.

privacy-kind-tiktok_connections = TikTok-tilkoblingen din (konto, tilganger, innstillinger; aldri tokenene)
privacy-kind-tiktok_videos = Videoer lest fra TikTok-kontoen din, med tall
privacy-kind-tiktok_states = En TikTok-innloggingslenke som ikke er brukt ennå
