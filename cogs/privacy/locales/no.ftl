cmd-privacy = Hent eller slett alt boten lagrer om deg (i en DM: overalt)
cmd-privacy-export = Få en fil med alt som er lagret om deg (i en DM: overalt)
cmd-privacy-delete = Slett alt som er lagret om deg (i en DM: på alle servere)

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
privacy-server-gone = en server jeg ikke lenger er på (ID { $id })
privacy-server-line = • **{ $server }**: { $rows ->
    [one] { $rows } oppføring
   *[other] { $rows } oppføringer
}
privacy-export-everywhere = { $rows ->
    [0] Jeg lagrer ingenting om deg på noen server.
    [one] Her er alt jeg lagrer om deg: { $rows } oppføring, én fil per server.
   *[other] Her er alt jeg lagrer om deg: { $rows } oppføringer, én fil per server.
}
privacy-export-split = Det var mer enn Discord tar i én fil, så det kommer zippet, i { $files } filer. Sammen har de hver oppføring én gang.
privacy-export-too-large = Discord avviste eksporten fordi den er for stor til å sendes her. Ingenting ble endret. Be de som driver boten om dataene dine.
privacy-delete-nothing-anywhere = Jeg lagrer ingenting om deg på noen server, så det er ingenting å slette.
privacy-delete-confirm-everywhere = { $rows ->
    [one] Dette sletter { $rows } oppføring om deg for godt, på alle servere:
   *[other] Dette sletter { $rows } oppføringer om deg for godt, på alle servere:
}
privacy-delete-done-everywhere = { $rows ->
    [one] Ferdig: { $rows } oppføring om deg ble slettet.
   *[other] Ferdig: { $rows } oppføringer om deg ble slettet, på { $servers } servere.
}
privacy-delete-redrawn = { $count ->
    [one] { $count } kunngjøring, hendelse eller melding som viste deg, ble tegnet på nytt uten deg.
   *[other] { $count } kunngjøringer, hendelser og meldinger som viste deg, ble tegnet på nytt uten deg.
}
