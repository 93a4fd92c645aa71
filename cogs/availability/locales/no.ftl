## /availability: ukentlige tidsrom da et medlem kan være med på felles LIVE.

availability-every-day = hver dag
availability-window = { $days } { $start }–{ $end }
availability-window-overnight = { $days } { $start }–{ $end } (neste dag)
availability-set-title = Tilgjengelighet lagret ({ $zone })
availability-set-done = La til { $window }. Tidsrom som overlapper, slås sammen.
availability-your-windows = Dine ukentlige tidsrom, i { $zone }
availability-show-title = Tilgjengelighet
availability-show-member = Ukentlige tidsrom for { $member }.
availability-show-local = I medlemmets tid ({ $zone })
availability-show-no-zone = I medlemmets lokale tid (tidssonen er ikke satt)
availability-show-viewer = I din tid ({ $zone })
availability-show-dst-note = Regnet om med neste gang hvert tidsrom inntreffer; sommertid kan flytte senere uker med en time.
availability-show-none = { $member } har ikke satt tilgjengelighet.
availability-show-none-self = Du har ikke satt tilgjengelighet ennå. Legg til et tidsrom med `/availability set`, f.eks. days `man-fre`, from `18:00`, to `22:00`.
availability-clear-nothing = Du har ingen tidsrom å fjerne.
availability-clear-confirm = { $count ->
    [one] Fjerne ditt eneste tidsrom?
   *[other] Fjerne alle { $count } tidsrommene dine?
}
availability-clear-all-done = { $count ->
    [one] Fjernet tidsrommet ditt.
   *[other] Fjernet alle { $count } tidsrommene dine.
}
availability-clear-kept = Ingenting fjernet: tidsrommene dine beholdes.
availability-clear-timeout = Ikke noe svar, så ingenting ble fjernet.
availability-clear-one-done = Fjernet { $window }. Fortsatt satt:
availability-clear-none-left = (ingen tidsrom igjen)
availability-profile-line = Tilgjengelighet: { $windows }
availability-error-no-timezone = Sett tidssonen din med `/timezone set` først: tilgjengeligheten lagres i din egen lokale tid.
availability-error-same-time = «from» og «to» er begge { $value }. Et tidsrom trenger en annen slutt, f.eks. `18:00` til `22:00`, eller `22:00` til `02:00` over midnatt.
availability-error-too-many = Da blir det mer enn { $maximum ->
    [one] { $maximum } tidsrom
   *[other] { $maximum } tidsrom
}. Fjern noen med `/availability clear` først.
availability-error-window-unknown = «{ $value }» er ikke et av tidsrommene dine. Velg et fra listen.

cmd-availability = Når du kan være med på felles LIVE, som ukentlige tidsrom
cmd-availability-set = Legg til et ukentlig tidsrom da du er ledig
cmd-availability-set--days = Dager tidsrommet starter: mon-fri, sat,sun, daily, man-fre, helg
cmd-availability-set--from = Start, i din tidssone: 18:00, 8pm, kl 20
cmd-availability-set--to = Slutt, i din tidssone: 22:00, kl 22; kan gå over midnatt (22:00 til 02:00)
cmd-availability-show = Et medlems ukentlige tidsrom, i medlemmets tid og din
cmd-availability-show--member = Hvem sin tilgjengelighet (standard: din)
cmd-availability-clear = Fjern ett av tidsrommene dine, eller alle
cmd-availability-clear--window = Tidsrommet som skal fjernes (tomt = alle)
privacy-kind-availability_windows = Ukentlige tilgjengelighetsvinduer
