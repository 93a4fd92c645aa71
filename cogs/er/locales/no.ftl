## /er: engasjementsrate

cmd-er = Engasjementsrate: regn ut, sammenlign og følg med
cmd-er-views = Engasjementsraten til én video, per visning
cmd-er-views--views = Visninger av videoen (f.eks. 50k)
cmd-er-views--likes = Likerklikk (f.eks. 4,5k)
cmd-er-views--comments = Kommentarer
cmd-er-views--shares = Delinger
cmd-er-views--saves = Lagringer (valgfritt): vises som et ekstra tall med lagringer
cmd-er-views--video = Lenke til TikTok-videoen (valgfritt; samme video igjen oppdaterer resultatet)
cmd-er-views--followers = Følgerne dine (valgfritt; hentes fra profilen din)
cmd-er-views--save = Lagre resultatet i historikken din (standard: ja)
cmd-er-views--private = Bare du ser svaret (standard: kanalen ser det)
cmd-er-followers = Engasjementsrate over flere innlegg, per følger
cmd-er-followers--followers = Følgerne dine (f.eks. 20k)
cmd-er-followers--posts = Hvor mange innlegg summene gjelder (1–1000)
cmd-er-followers--likes = Likerklikk totalt for disse innleggene
cmd-er-followers--comments = Kommentarer totalt for disse innleggene
cmd-er-followers--save = Lagre resultatet i historikken din (standard: ja)
cmd-er-followers--private = Bare du ser svaret (standard: kanalen ser det)
cmd-er-history = Dine lagrede engasjementsrater, med diagram
cmd-er-history--member = Hvem sin historikk (standard: din)
cmd-er-history--limit = Hvor mange av de siste resultatene (1–50, standard 10)
cmd-er-history--private = Bare du ser svaret (standard: kanalen ser det)

er-title-views = Engasjementsrate per visning
er-title-followers = Engasjementsrate per følger
er-headline-views = **{ $rate }** · engasjert publikum: { $interactions ->
    [one] { $interactions } interaksjon
   *[other] { $interactions } interaksjoner
} på denne videoen
er-headline-followers = **{ $rate }** · engasjert publikum: { $interactions ->
    [one] { $interactions } interaksjon
   *[other] { $interactions } interaksjoner
} per innlegg i snitt
er-formula = Formel: `{ $formula }`
er-with-saves = Tall nummer to: med lagringer
er-with-saves-value = **{ $rate }** · `{ $formula }`
er-warning-interactions = ⚠️ Flere interaksjoner enn visninger: TikTok teller én visning per avspilling, så sjekk tallene.
er-no-verdict-impossible = Ingen vurdering: tallene ser feil ut (flere interaksjoner enn visninger), så en sammenligning ville ikke si noe.
er-video = Video
er-benchmark = Referanse: { $set }
er-benchmark-tier = Ditt nivå: { $tier } følgere
er-compare-average = { $ratio } snittet for { $tier } på { $average }
er-compare-band-below = under intervallet { $low }–{ $high } for { $tier }
er-compare-band-inside = innenfor intervallet { $low }–{ $high } for { $tier }
er-compare-band-above = over intervallet { $low }–{ $high } for { $tier }
er-verdict-below = Under referansen
er-verdict-around = På nivå med referansen
er-verdict-above = Over referansen
er-verdict-far-above = Langt over referansen
er-verdict-line = **{ $verdict }**: { $comparison }
er-mismatch-unknown = Dette settet sier ikke om tallene er per visning eller per følger: ikke direkte sammenlignbart.
er-compare-overall-views = { $ratio } settets samlede tall per visning på { $overall }
er-compare-overall-followers = { $ratio } settets samlede tall per følger på { $overall }
er-no-like-for-like-views = Dette settet har ikke noe tall per visning, så raten din kan ikke vurderes direkte.
er-no-like-for-like-followers = Dette settet har ikke noe tall per følger, så raten din kan ikke vurderes direkte.
er-other-basis-views = -# Ikke direkte sammenlignbart (nivåene er per følger, raten din per visning): { $comparison }.
er-other-basis-followers = -# Ikke direkte sammenlignbart (nivåene er per visning, raten din per følger): { $comparison }.
er-under-first-tier = Under { $minimum }: for få følgere til et referansenivå. Nærmeste nivå vises.
er-source = Kilde: { $citation }
er-no-followers = Legg til `followers:` (eller lagre det med `/profile set`) for å se nivået ditt og en referanse.
er-no-tiers = Serverens referansesett «{ $set }» har ingen følgernivåer, så det er ingenting å sammenligne med her.
er-vanity = Mange følgere og lav rate er et forfengelighetstall: 1 mill. følgere med 0,5 % har som regel mindre innflytelse enn 50 000 med 8 %. Raten er signalet på et ekte, aktivt publikum.
er-saved = Lagret i historikken din (/er history).
er-updated = Oppdaterte det tidligere resultatet ditt for denne videoen: de nyeste tallene gjelder.
er-not-saved = Ikke lagret: du slo av lagring for dette resultatet.
er-error-views-zero = Visninger må være minst 1: en video uten visninger har ingen rate.
er-error-followers-zero = Følgere må være minst 1: uten følgere finnes ingen rate per følger.
er-error-posts-range = Antall innlegg må være mellom 1 og { $maximum }.
er-error-limit-range = Antallet må være mellom 1 og { $maximum }.
er-history-empty-self = Du har ingen lagrede resultater ennå. Prøv `/er views views:50K likes:4.5K comments:300 shares:200`, så dukker det opp her.
er-history-empty-other = { $member } har ingen lagrede resultater ennå. Start gjerne med `/er views views:50K likes:4.5K comments:300 shares:200`.
er-history-title = Engasjementshistorikk: { $member }
er-history-line = { $date } · { $video } · **{ $rate }** { $basis }{ $flag }
er-history-outlier = ⚠️ avvik
er-history-stats = Snitt { $mean } · median { $median } · beste { $best } ({ $count ->
    [one] { $count } resultat
   *[other] { $count } resultater
})
er-history-outlier-note = ⚠️ markerer et resultat over 3× medianen ({ $threshold }): én viral video skal ikke forskyve bildet.
er-history-links-dropped = Noen eldre videolenker er utelatt for å holde seg innenfor Discords grenser.
er-history-shown = Viser de siste { $shown } av { $total ->
    [one] { $total } resultat
   *[other] { $total } resultater
}.
er-history-stats-views = Per visning
er-history-stats-followers = Per følger
er-basis-views = per visning
er-basis-followers = per følger
er-chart-title = Engasjementsrate over tid
er-chart-y = Engasjementsrate
er-chart-outlier = Avvik (over 3× medianen)
er-chart-average = Snitt { $tier } ({ $set }, { $basis })
er-chart-band = Intervall { $tier } ({ $set }, { $basis })
er-chart-basis-views = per visning
er-chart-basis-followers = per følger
er-chart-basis-unknown = grunnlag ikke oppgitt
er-profile-line = Siste ER: { $rate } { $basis } ({ $date })
er-not-saved-impossible = Ikke lagret ennå: slike tall er som regel en skrivefeil. Hvis de stemmer, trykk Lagre likevel; til da holdes de utenfor historikken, medianer og persentiler.
er-saved-anyway = Lagret i historikken din slik du bekreftet det (/er history).
er-save-anyway-button = Lagre likevel
er-history-not-counted = ⚠️ ikke regnet med (flere interaksjoner enn visninger)
er-history-imported = · ♪ TikTok
