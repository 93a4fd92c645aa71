## Delte svar: feil, knapper. Tekster for hver funksjon ligger i cogs/<funksjon>/locales/.

error-count-empty = Skriv et tall, for eksempel `4500`, `12,5k` eller `1,2 mill.`.
error-count-negative = «{ $value }» er negativt. Antall starter på 0: prøv `4500` eller `12,5k`.
error-count-format = Jeg kan ikke lese «{ $value }» som et antall. Prøv `4500`, `4 500`, `12,5k` eller `1,2M`.
error-count-fraction = «{ $value }» er ikke et helt tall. Prøv `12,5k` (12 500) eller `4500`.
error-count-too-big = «{ $value }» er for stort: høyst { $maximum } godtas.
error-count-too-small = «{ $value }» er for lite her: det må være minst { $minimum }.
error-percent-format = Jeg kan ikke lese «{ $value }» som prosent. Prøv `4,5` eller `4,5 %`.
error-percent-range = «{ $value }» er utenfor området: prosenten her må være mellom 0 og { $maximum }.
error-timezone-unknown = Jeg kjenner ikke tidssonen «{ $value }». Begynn å skrive en by eller et land (Oslo, Shanghai, New York) og velg fra listen.
error-timezone-ambiguous = «{ $value }» kan bety flere tidssoner, så jeg gjetter ikke. Velg en av: { $choices }
error-missing-permissions = Du trenger tillatelsen { $permissions } for dette.
error-bot-missing-permissions = Jeg trenger tillatelsen { $permissions } her for å gjøre det. Be en serveradministrator om å gi den.
error-guild-only = Denne kommandoen virker på en server, ikke i direktemeldinger.
error-cooldown = Ta det litt rolig: prøv igjen om { $seconds } s.
error-not-allowed = Du har ikke lov til å bruke dette her.
error-bad-value = «{ $value }» er ikke en verdi jeg kan bruke her.
error-option-invalid = Verdien av «{ $option }» er ikke en denne kommandoen godtar; velg den på nytt i Discords skjema.
error-unknown-command = Den kommandoen er utdatert. Discord kan trenge et minutt på å vise den nye versjonen; prøv igjen snart.
error-unexpected = Beklager, noe gikk galt hos meg. Det er logget med referanse `{ $reference }`; oppgi den hvis du melder fra om problemet.
error-database-busy = Databasen er opptatt, prøv igjen om et øyeblikk. Ingenting ble endret.
error-database-unavailable = Boten kan ikke lagre noe akkurat nå: databasefilen dens kan ikke skrives til. Ingenting ble endret. Den som driver boten, har fått beskjed i loggen.
error-database-unreachable = Boten får ikke kontakt med databasen sin akkurat nå, så den kan verken lese eller lagre. Ingenting ble endret. Den som driver boten, har fått beskjed i loggen; prøv igjen om noen minutter.
error-not-your-button = Bare medlemmet som kjørte kommandoen kan trykke på disse knappene.
error-already-answered = Det spørsmålet er allerede besvart; ingenting mer ble gjort.
error-component-expired = Disse knappene virker ikke lenger (tiden gikk ut, eller boten har startet på nytt siden). Kjør kommandoen på nytt; ingenting ble endret.
button-confirm = Bekreft
button-cancel = Avbryt
error-video-url = «{ $value }» er ikke en TikTok-videolenke. Lim inn en som `https://www.tiktok.com/@deg/video/7234567890123456789` eller `https://vm.tiktok.com/ZM…/`.
error-handle = «{ $value }» er ikke et TikTok-brukernavn: bruk 2–24 bokstaver, sifre, `_` eller `.`, som `@ditt.navn`.
error-time-unparsed = Jeg kunne ikke lese «{ $value }» som et tidspunkt. Prøv `2026-12-03 20:00`, `i morgen kl 20`, `fredag 20:00`, `tomorrow 8pm` eller `om 2 timer`.
error-time-needs-clock = «{ $value }» trenger også et klokkeslett, for eksempel `{ $value } 20:00`.
error-time-ambiguous-date = «{ $value }» kan være dag/måned eller måned/dag, så jeg gjetter ikke. Skriv det som `2026-12-03` eller `03.12.2026`.
error-time-weekday-mismatch = «{ $value }»: { $date } er en { $weekday ->
    [0] mandag
    [1] tirsdag
    [2] onsdag
    [3] torsdag
    [4] fredag
    [5] lørdag
   *[6] søndag
}, ikke dagen du skrev. Sjekk dagen eller datoen.
error-time-ambiguous = { $when } skjer to ganger i { $zone } fordi klokka stilles tilbake. Mener du den første ({ $earlier_offset }) eller den andre ({ $later_offset })?
error-time-nonexistent = { $when } finnes ikke i { $zone }: klokka hopper fram da. Neste gyldige tidspunkt er { $suggestion }.
error-clock-format = «{ $value }» er ikke et klokkeslett jeg kan lese. Prøv `20:00`, `kl 20`, `8pm` eller `晚上8点`.
error-duration-format = «{ $value }» er ikke en varighet jeg kan lese. Prøv `45m`, `1t30`, `1:30`, `90` eller `2 timer`.
error-duration-range = «{ $value }» er utenfor området: bruk mellom { $minimum } og { $maximum ->
    [one] { $maximum } minutt
   *[other] { $maximum } minutter
}.
error-days-format = «{ $value }» er ikke et sett med dager jeg kan lese. Prøv `man-fre`, `lør,søn`, `daglig`, `helg`, `mon-fri` eller `周一至周五`.
zone-choice = { $zone } — { $offset }, nå { $time }
tier-range = { $low }–{ $high }
tier-under = under { $high }
tier-over = { $low }+
ratio = { $value }×
# Heads each further message of an export split over several
export-more = (fortsettelse: del { $number })
