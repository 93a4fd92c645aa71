cmd-privacy = Hent eller slett alt boten lagrer om deg på denne serveren
cmd-privacy-export = Få en fil med alt som er lagret om deg
cmd-privacy-delete = Slett alt som er lagret om deg her

## /privacy

privacy-export-done = { $rows ->
    [0] Jeg lagrer ingenting om deg på denne serveren. Den vedlagte filen viser det.
    [one] Her er alt jeg lagrer om deg på denne serveren: { $rows } oppføring.
   *[other] Her er alt jeg lagrer om deg på denne serveren: { $rows } oppføringer.
}
privacy-kind-line = • { $kind }: { $count }
privacy-kind-members = Profil (tidssone, TikTok-brukernavn, følgere, ukemål)
privacy-kind-member_locales = Språket din siste bruk av boten var på
privacy-kind-er_results = Resultater for engasjementsrate
privacy-kind-weekly_goal_changes = Historikk for ukemål
privacy-kind-mentions = Omtaler av deg i { $table } (du fjernes, oppføringen blir)
privacy-delete-nothing = Jeg lagrer ingenting om deg på denne serveren, så det er ingenting å slette.
privacy-delete-confirm = { $rows ->
    [one] Dette sletter { $rows } oppføring om deg på denne serveren for godt:
   *[other] Dette sletter { $rows } oppføringer om deg på denne serveren for godt:
}
privacy-delete-done = { $rows ->
    [one] Ferdig: { $rows } oppføring om deg ble slettet fra denne serveren.
   *[other] Ferdig: { $rows } oppføringer om deg ble slettet fra denne serveren.
}
privacy-delete-cancelled = Avbrutt. Ingenting ble slettet.
privacy-delete-timeout = Ikke noe svar, så ingenting ble slettet. Kjør `/privacy delete` igjen hvis du fortsatt vil.
privacy-delete-lives = LIVE-ene du var vert for blir stående uten navnet ditt, som «verten har gått»: { $numbers }. En LIVE-moderator kan endre eller avlyse dem.
