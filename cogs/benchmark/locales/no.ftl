## /benchmark: merkede referansesett, nivåer og fellesskapets persentiler.

cmd-benchmark = Referansetall for engasjementsrate med kilder, og plasseringen din i fellesskapet
cmd-benchmark-lookup = Nivået ditt i et referansesett, og hvordan en engasjementsrate står seg
cmd-benchmark-lookup--followers = Antall følgere, f.eks. 12.5K (minst 1)
cmd-benchmark-lookup--er = Engasjementsrate i prosent, f.eks. 4,5 eller 4,5 % (standard: ditt siste lagrede /er-resultat)
cmd-benchmark-lookup--set = Referansesett (standard: serverens aktive sett)
cmd-benchmark-lookup--industry = Bransje å sammenligne med (bare bransjesett)
cmd-benchmark-lookup--basis = Hva raten du skriver er målt mot (spurt om når du skriver en rate uten den)
cmd-benchmark-table = Et helt referansesett som tabell, med kilde
cmd-benchmark-table--set = Referansesett (standard: serverens aktive sett)
cmd-benchmark-sets = Alle referansesett, og hvilket denne serveren bruker
cmd-benchmark-use = Velg serverens referansesett (serveradministratorer)
cmd-benchmark-use--set = Referansesettet oppslag og /er sammenligner med fra nå av

benchmark-set-label = { $title } ({ $name })
benchmark-basis-views = per visning
benchmark-basis-followers = per følger
benchmark-basis-unknown = grunnlag ikke oppgitt
benchmark-year-unknown = år ikke oppgitt
benchmark-band = { $low }–{ $high }
benchmark-source-value = { $source }, { $year }
benchmark-thresholds = Slik velges vurderingen: under { $low } nivåets snitt (eller midten av intervallet) er under, { $low } til { $high } er på nivå, opptil { $far } er over, og { $far } eller mer er langt over. For et intervall er en rate innenfor på nivå, og en på { $far } toppen eller mer langt over.
benchmark-field-basis = Grunnlag
benchmark-field-overall = Totalt
benchmark-overall-value = { $value } ({ $basis })
benchmark-field-source = Kilde og år
benchmark-field-caveat = Forbehold
benchmark-field-tier = Nivå
benchmark-field-average = Snitt
benchmark-field-band = Medianintervall
benchmark-field-industry = Bransje
benchmark-field-industries = Bransjer
benchmark-field-your-er = Din engasjementsrate
benchmark-field-community = Persentil i fellesskapet
benchmark-lookup-title = { $followers ->
    [one] { $followers } følger
   *[other] { $followers } følgere
} · { $set }
benchmark-under-first-tier = { $under }: for få følgere til et referansenivå. Nærmeste nivå: { $nearest }.
benchmark-industry-pick = Dette settet sammenligner bransjer, ikke følgernivåer. Kjør oppslaget igjen med `industry` (en fra listen) for å sammenligne raten din.
benchmark-scope-all = alle følgertall
benchmark-scope-followers = { $range } følgere
benchmark-er-typed = { $rate } { $basis }, slik du skrev den
benchmark-er-saved = { $rate } { $basis }, ditt siste lagrede /er-resultat ({ $when })
benchmark-reference-average = snittet på { $value }
benchmark-reference-band = intervallmidten på { $value }
benchmark-comparison = { $ratio } { $figure } for { $label }: **{ $verdict }**
benchmark-comparison-plain = { $ratio } { $figure } for { $label }
benchmark-comparison-overall-views = { $ratio } settets samlede tall per visning på { $overall }: **{ $verdict }**
benchmark-comparison-overall-followers = { $ratio } settets samlede tall per følger på { $overall }: **{ $verdict }**
benchmark-no-like-for-like-views = Dette settet har ikke noe tall per visning, så det finnes ikke noe likt å vurdere raten din mot.
benchmark-no-like-for-like-followers = Dette settet har ikke noe tall per følger, så det finnes ikke noe likt å vurdere raten din mot.
benchmark-other-basis-views = -# Ikke likt mot likt (settet er per følger, raten din per visning): { $comparison }.
benchmark-other-basis-followers = -# Ikke likt mot likt (settet er per visning, raten din per følger): { $comparison }.
benchmark-numbers-look-wrong = ⚠️ { $rate } per visning ville bety flere interaksjoner enn visninger: tallene ser feil ut, så det blir ingen vurdering. Sjekk dem og kjør `/er views` igjen.
benchmark-basis-question = Er { $rate } per visning eller per følger? De to måles ulikt, så jeg sammenligner bare en rate med tall av samme slag. (Legg til `basis` i kommandoen, så spør jeg ikke.)
benchmark-basis-picked = { $rate } { $basis }: oppslaget står under.
benchmark-verdict-below = lavere
benchmark-verdict-around = på nivå
benchmark-verdict-above = over
benchmark-verdict-far-above = langt over
benchmark-basis-unstated = ⚠️ Dette settet sier ikke om tallene er per visning eller per følger, og raten din er { $rate_basis }: sammenlign med forsiktighet.
benchmark-no-er = Legg til `er` (for eksempel `4,5`) eller lagre et resultat med `/er views` for å se hvordan du står deg.
benchmark-community-value = **{ $ordinal ->
   *[other] { $percentile }. persentil
}**: blant { $count ->
    [one] { $count } annet medlems siste resultat
   *[other] { $count } andre medlemmers siste resultater
} { $basis } med { $scope }, andelen med lavere rate (like teller halvt).
benchmark-community-needed = Vises når { $minimum ->
    [one] { $minimum } annet medlem har
   *[other] { $minimum } andre medlemmer har
} et lagret resultat { $basis } med { $scope }: { $count } så langt, { $needed } til trengs.
benchmark-table-footer = Nivåene tar med nedre grense: 1 000 følgere er i 1k–5k, 5 000 i 5k–20k.
benchmark-sets-title = Referansesett
benchmark-sets-active = ✅ Aktivt på denne serveren.
benchmark-sets-active-name = ✅ { $set } (aktivt)
benchmark-sets-tiers = { $count ->
    [one] { $count } følgernivå
   *[other] { $count } følgernivåer
}
benchmark-sets-industries = { $count ->
    [one] { $count } bransje
   *[other] { $count } bransjer
}
benchmark-sets-line = { $description }
    { $shape } · { $basis } · { $year }
benchmark-sets-footer = Se ett med /benchmark table; serveradministratorer velger med /benchmark use.
benchmark-error-unknown-set = Jeg kjenner ikke referansesettet «{ $value }». Velg ett av: { $names }
benchmark-error-unknown-industry = «{ $value }» er ikke en bransje i { $set }. Velg en av: { $names }
benchmark-error-industry-not-applicable = { $set } bruker følgernivåer, ikke bransjer: la `industry` stå tom, eller velg et bransjesett ({ $sets }).
benchmark-error-not-manager = Bare serveradministratorer (tillatelsen Administrer server) kan bytte referansesett. Ingenting er endret: det aktive settet er fortsatt { $set }.
benchmark-use-done = Det aktive referansesettet er nå **{ $set }**. Oppslag sammenligner med det fra nå av.
benchmark-use-already = **{ $set }** er allerede det aktive referansesettet. Ingenting er endret.
benchmark-autocomplete-set = { $name } — { $title }
benchmark-autocomplete-active = { $label } (aktivt)
benchmark-choice-views = Per visning
benchmark-choice-followers = Per følger
