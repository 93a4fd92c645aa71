## Påminnelser, «starter nå» og slutten på en LIVE

live-reminders-will = Påminnelser: { $offsets } før start, og et innlegg når den starter.
live-reminders-will-headed = { $offsets } før start, og et innlegg når den starter.
live-reminders-none = Ingen påminnelser for denne LIVE-en (bare et innlegg når den starter).
live-reminders-too-soon = Ingen påminnelser: LIVE-en starter før den første påminnelsen ville gått ut (bare et innlegg når den starter).
live-reminders-passed = Utelatt, for nær starten: { $offsets } før.
live-reminders-already-sent = Allerede sendt, gjentas ikke: { $offsets } før.
live-reminder-title = ⏰ Påminnelse: { $title }
live-reminder-body = Starter { $full } ({ $relative }).
live-reminder-link = Kunngjøring og påmelding: { $url }
live-reminder-ping = ⏰ LIVE-påminnelse til alle som kommer:
live-start-title = 🔴 Starter nå: { $title }
live-start-body = Startet { $full } ({ $relative }). Bli med vertene på TikTok:
live-start-host = { $host }: { $url }
live-start-ping = 🔴 LIVE-en starter:
live-reminder-by-dm = ⏰ LIVE-påminnelse, sendt på DM til { $members }.
live-start-by-dm = 🔴 LIVE-en starter; sagt fra på DM til { $members }.
live-reminded-more = { $count ->
    [one] 1 til
   *[other] { $count } til
}

## Etter LIVE-en: /live report, «Hvordan gikk det?», /live stats, /live checklist

live-prompt-ping = Hvordan gikk LIVE-en? Trykk på knappen for å rapportere tallene dine:
live-channel-refused = ⚠️ Jeg fikk ikke postet for LIVE #{ $number } «{ $title }» i { $channel }: { $reason } Jeg minnet medlemmene jeg ville ha nevnt der, på DM i stedet. Løs det ved å la meg sende meldinger og bygge inn lenker i den kanalen, eller velg en annen med `/config channel`.
live-channel-refused-missing-access = jeg har ikke lov til å poste der.
live-channel-refused-channel-gone = kanalen finnes ikke lenger.
