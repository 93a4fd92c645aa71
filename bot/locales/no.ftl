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
error-unknown-command = Den kommandoen er utdatert. Discord kan trenge et minutt på å vise den nye versjonen; prøv igjen snart.
error-unexpected = Beklager, noe gikk galt hos meg. Det er logget med referanse `{ $reference }`; oppgi den hvis du melder fra om problemet.
error-not-your-button = Bare medlemmet som kjørte kommandoen kan trykke på disse knappene.
button-confirm = Bekreft
button-cancel = Avbryt
