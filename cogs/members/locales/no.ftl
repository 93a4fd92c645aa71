cmd-timezone = Tidssonen din, så tidene du skriver blir lest riktig
cmd-timezone-set = Sett tidssonen din med by, land eller navn
cmd-timezone-set--zone = Byen, landet eller tidssonen din, f.eks. Oslo, Shanghai, New York
cmd-timezone-show = Vis tidssonen og lokal tid for et medlem
cmd-timezone-show--member = Hvem sin tidssone (deg selv hvis tomt)
cmd-timezone-show--private = Bare du ser svaret (standard: kanalen ser det)
cmd-profile = TikTok-brukernavn, følgere og ukentlig publiseringsmål
cmd-profile-set = Sett TikTok-brukernavn, følgere eller ukemål
cmd-profile-set--tiktok = TikTok-brukernavnet eller profillenken din, f.eks. @ditt.navn
cmd-profile-set--followers = Antall følgere, f.eks. 12,5k eller 12500
cmd-profile-set--weekly_goal = Hvor mange innlegg i uka du sikter mot (1–21)
cmd-profile-set--live_reminders = Hvordan du blir påminnet om LIVE-er du skal på
cmd-profile-show = Vis skaperprofilen til et medlem
cmd-profile-show--member = Hvem sin profil (deg selv hvis tomt)
cmd-profile-show--private = Bare du ser svaret (standard: kanalen ser det)

## /timezone

timezone-set-done = Tidssonen din er nå **{ $zone }** ({ $offset }). Lokal tid hos deg: { $weekday } { $time }.
timezone-pick-prompt = «{ $value }» kan bety flere tidssoner, så jeg gjetter ikke. Velg din nedenfor:
timezone-pick-more = Viser { $shown } av { $total }. Finner du ikke din, kjør `/timezone set` igjen med byen din.
timezone-pick-placeholder = Velg tidssonen din
timezone-pick-option = { $offset } · nå { $weekday } { $time }
timezone-show-self = Tidssonen din er **{ $zone }** ({ $offset }). Lokal tid hos deg: { $weekday } { $time }.
timezone-show-other = Tidssonen til { $member } er **{ $zone }** ({ $offset }). Lokal tid der: { $weekday } { $time }.
timezone-show-none-self = Du har ikke satt tidssonen din ennå. Bruk `/timezone set` og skriv byen din, f.eks. Oslo, Bergen eller Tromsø.
timezone-show-none-other = { $member } har ikke satt tidssone ennå. Det gjøres med `/timezone set`.

## /profile

profile-set-nothing = Si minst én ting du vil endre: `tiktok`, `followers`, `weekly_goal` eller `live_reminders`. For eksempel: `/profile set followers:12,5k`.
profile-set-done = Lagret. Profilen din nå:
profile-error-goal = «{ $value }» er ikke et ukemål jeg kan bruke: velg mellom 1 og 21 innlegg i uka.
profile-title = Profilen til { $member }
profile-not-set = Ikke satt
profile-field-tiktok = TikTok
profile-field-followers = Følgere
profile-field-timezone = Tidssone
profile-field-goal = Ukemål
profile-field-reminders = LIVE-påminnelser
profile-reminders-channel = En omtale i LIVE-kanalen
profile-reminders-dm = En direktemelding (DM)
profile-reminders-off = Ingen
profile-error-reminders = Velg en av måtene i listen.
profile-choice-reminders-channel = En omtale i LIVE-kanalen
profile-choice-reminders-dm = En direktemelding
profile-choice-reminders-off = Ingen påminnelser
profile-field-activity = Aktivitet
profile-tiktok-value = [@{ $handle }]({ $url })
profile-updated = oppdatert { $when }
profile-followers-tier = { $followers } · nivå { $tier } ({ $set })
profile-followers-below = { $followers } · under første nivå i { $set } (det starter på { $minimum })
profile-followers-above = { $followers } · over øverste nivå i { $set }
profile-followers-no-tiers = { $followers } · { $set } har ingen følgernivåer
profile-timezone-value = { $zone } ({ $offset }) · lokal tid { $weekday } { $time }
profile-timezone-unset = Ikke satt: bruk `/timezone set`
profile-goal-value = { $goal ->
    [one] { $goal } innlegg i uka
   *[other] { $goal } innlegg i uka
}
profile-goal-default = { $goal ->
    [one] { $goal } innlegg i uka (serverens standard)
   *[other] { $goal } innlegg i uka (serverens standard)
}
profile-empty-self = Du har ikke fylt ut profilen din ennå. Prøv `/profile set tiktok:@ditt.navn followers:12,5k weekly_goal:3` og `/timezone set`.
profile-empty-other = { $member } har ikke fylt ut en profil ennå.
