## /post og /streak: ukentlige publiseringsrekker i hver skapers egen tidssone.

cmd-post = Logg TikTok-publiseringene dine og hold en ukentlig rytme
cmd-post-log = Logg en video du har publisert
cmd-post-log--video = Lenke til TikTok-videoen (valgfritt, men anbefalt)
cmd-post-log--when = Når du publiserte, i din tidssone (standard nå), f.eks. i dag 18:30, i går, fre 21:00
cmd-post-log--private = Bare du ser svaret (standard: kanalen ser det)
cmd-post-remove = Fjern en publisering du har logget
cmd-post-remove--video = Publiseringen som skal fjernes (velg blant dine siste)
cmd-post-remove--latest = Fjern den siste publiseringen du logget
cmd-post-list = Vis loggede publiseringer de siste ukene
cmd-post-list--member = Hvilket medlem (standard deg selv)
cmd-post-list--weeks = Hvor mange uker (1–26, standard 4)
cmd-streak = Ukentlige publiseringsrekker, mål og toppliste
cmd-streak-show = Rekke, frysninger og en kalender over de siste 26 ukene
cmd-streak-show--member = Hvilket medlem (standard deg selv)
cmd-streak-show--private = Bare du ser svaret (standard: kanalen ser det)
cmd-streak-goal = Sett ditt ukentlige publiseringsmål
cmd-streak-goal--posts_per_week = Publiseringer per uke (1–21)
cmd-streak-leaderboard = Serverens toppliste over rekker
cmd-streak-leaderboard--by = Ranger etter

streak-choice-current = Nåværende rekke
streak-choice-longest = Lengste rekke
streak-choice-posts_this_month = Publiseringer denne måneden

streak-weeks = { $n ->
    [one] 1 uke
   *[other] { $n } uker
}
streak-posts = { $n ->
    [one] 1 publisering
   *[other] { $n } publiseringer
}
streak-line = 🔥 Rekke: { $current } · lengste { $longest }
streak-left = { $left ->
    [one] Én publisering til
   *[other] { $left } publiseringer til
} for å holde denne uka. Den slutter { $end } ({ $relative }).
streak-kept = ✅ Uka er holdt! Den slutter { $end } ({ $relative }).
streak-zone-hint = Ukene dine følger UTC til du setter tidssonen din med `/timezone set`.
streak-this-week = Denne uka: { $bar }

post-logged-title = Publisering logget
post-logged-at = Publisert { $when } · { $link }
post-no-link = ingen lenke
post-when-future = «{ $value }» er i framtiden: logg publiseringen når den er ute. Prøv { $examples }.
post-when-too-old = «{ $value }» er mer enn { $days ->
    [one] { $days } dag siden: jeg tar bare publiseringer fra den siste { $days } dagen
   *[other] { $days } dager siden: jeg tar bare publiseringer fra de siste { $days } dagene
}. Prøv { $examples }.
post-when-unparsed = Jeg klarte ikke å lese «{ $value }» som tidspunktet du publiserte. Prøv { $examples }.
post-duplicate = Du har allerede logget den videoen { $when }.
post-same-minute-question = Du har allerede logget et innlegg { $when } ({ $link }). Logge ett til i samme minutt? (Gi hvert innlegg sin egen `video`-lenke, så spør jeg ikke.)
post-same-minute-log = Logg ett til
post-same-minute-cancel = Behold bare ett
post-same-minute-kept = Ingenting logget: innlegget ditt { $when } er fortsatt det eneste.
post-same-minute-logged = Logget et innlegg til { $when }.
post-same-minute-timeout = Ikke noe svar, så ingenting ble logget.
post-remove-needs-one = Si hvilken publisering som skal fjernes: velg en under `video`, eller sett `latest` til True.
post-remove-not-found = Jeg fant ikke den publiseringen blant dine. Velg en fra lista under `video`.
post-remove-none = Du har ingen loggede publiseringer å fjerne.
post-removed-title = Publisering fjernet
post-removed = Fjernet publiseringen din fra { $when } ({ $link }).
post-list-title = Loggede publiseringer
post-list-heading = { $member } · { $weeks ->
    [one] siste uke
   *[other] siste { $weeks } uker
}
post-list-week = **Uka fra { $monday }** · { $bar }
post-list-empty = Ingen publiseringer logget { $weeks ->
    [one] siste uke
   *[other] de siste { $weeks } ukene
}.
post-list-more = …og { $n } til

streak-show-title = Publiseringsrekke
streak-show-heading = { $member }
streak-current = Nåværende rekke
streak-longest = Lengste rekke
streak-freezes = Frysninger i banken
streak-freezes-value = 🧊 { $n } / { $max }
streak-week-field = Denne uka
streak-deadline = Uka slutter
streak-total = Publiseringer totalt
streak-frozen-weeks = Uker reddet av en frysning: { $weeks }
streak-no-posts = Ingen publiseringer logget ennå: begynn med `/post log`.
streak-freeze-rule = Hver 4. holdte uke på rad gir en frysning (maks 2); en tapt uke bruker en automatisk.
streak-legend-post = innlegg
streak-legend-kept = mål nådd
streak-legend-frozen = frysning
streak-nudge-on-button = Påminn meg
streak-nudge-off-button = Stopp påminnelser
streak-nudge-enabled = Påminnelser på: er ikke uka di holdt innen søndag { $time } (din tid), sender jeg deg én DM.
streak-nudge-disabled = Påminnelser av: ingen flere DM-er.

streak-goal-set = Ukemålet ditt er nå { $goal ->
    [one] 1 publisering
   *[other] { $goal } publiseringer
}, fra og med denne uka; tidligere uker beholder målet de hadde.
streak-goal-set-first = Ukemålet ditt er nå { $goal ->
    [one] 1 publisering
   *[other] { $goal } publiseringer
}. Det er ditt første mål, så det gjelder også alle uker så langt, også publiseringer du har logget for tidligere uker; senere endringer gjelder fra uka du gjør dem.

streak-lb-title = Toppliste · { $board }
streak-lb-line = **{ $rank }.** { $member } — { $value }
streak-lb-you = Din plass: **#{ $rank }** av { $total } — { $value }
streak-lb-you-unranked = Du er ikke på lista ennå: logg publiseringer med `/post log`.
streak-lb-empty = Ingen har logget publiseringer på denne serveren ennå. Bli den første med `/post log`!
streak-lb-empty-board = Ingen er på denne lista akkurat nå. Én holdt uke er nok: `/post log`.

streak-nudge-dm = ⏰ Publiseringsuka di i { $guild } slutter { $end } ({ $relative }), og du står på { $bar }. { $left ->
    [one] Én publisering til
   *[other] { $left } publiseringer til
} holder uka.
streak-nudge-dm-streak = Rekka di på { $streak ->
    [one] { $streak } uke
   *[other] { $streak } uker
} står på spill!
streak-recap-title = 📅 **Ukeoppsummering** · uka fra { $monday }
streak-recap-kept = ✅ Holdt uka: { $members }
streak-recap-best = 🏆 Ny personlig rekord: { $members }
streak-recap-frozen = 🧊 Rekka reddet av en frysning: { $members }
streak-recap-more = …og { $n } til
streak-recap-footer = Ny uke, ny start: logg publiseringer med `/post log`.

streak-profile-line = 🔥 Rekke { $current } · denne uka { $bar }

post-list-weeks-range = Velg mellom 1 og { $maximum ->
    [one] { $maximum } uke
   *[other] { $maximum } uker
}.
streak-goal-range = Velg et mål mellom 1 og { $maximum ->
    [one] { $maximum } publisering i uka
   *[other] { $maximum } publiseringer i uka
}.
privacy-kind-posts = Loggførte innlegg
privacy-kind-streak_summaries = Rekkesammendrag
privacy-kind-streak_nudge_optins = Innstilling for rekkepåminnelser
privacy-kind-streak_nudges_sent = Sendte rekkepåminnelser
post-when-example-today = i dag { $time }
post-when-example-yesterday = i går
post-when-example-weekday = fredag
streak-past-week = Telt med i uka som begynte { $monday }: { $bar }
streak-past-week-kept = ✅ Den uka er holdt.
streak-past-week-missed = Den uka er ikke holdt: den sluttet under målet.
