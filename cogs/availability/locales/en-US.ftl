## /availability: weekly windows when a member is free for group LIVEs.

availability-every-day = every day
availability-window = { $days } { $start }–{ $end }
availability-window-overnight = { $days } { $start }–{ $end } (next day)
availability-set-title = Availability saved ({ $zone })
availability-set-done = Added { $window }. Overlapping windows are merged into one.
availability-your-windows = Your weekly windows, in { $zone }
availability-show-title = Availability
availability-show-member = Weekly windows of { $member }.
availability-show-local = In their time ({ $zone })
availability-show-no-zone = In their local time (their timezone is not set)
availability-show-viewer = In your time ({ $zone })
availability-show-dst-note = Converted using each window's next occurrence; a daylight-saving change may shift later weeks by an hour.
availability-show-none = { $member } has no availability set.
availability-show-none-self = You have no availability set yet. Add a window with `/availability set`, e.g. days `mon-fri`, from `18:00`, to `22:00`.
availability-clear-nothing = You have no availability windows to clear.
availability-clear-confirm = { $count ->
    [one] Remove your only availability window?
   *[other] Remove all { $count } of your availability windows?
}
availability-clear-all-done = { $count ->
    [one] Removed your availability window.
   *[other] Removed all { $count } of your availability windows.
}
availability-clear-kept = Nothing removed: your windows are kept.
availability-clear-timeout = No answer, so nothing was removed.
availability-clear-one-done = Removed { $window }. Still set:
availability-clear-none-left = (no windows left)
availability-profile-line = Availability: { $windows }
availability-error-no-timezone = Set your timezone with `/timezone set` first: your availability is kept in your own local time.
availability-error-same-time = “from” and “to” are both { $value }. A window needs a different end, e.g. `18:00` to `22:00`, or `22:00` to `02:00` to pass midnight.
availability-error-too-many = That would make more than { $maximum ->
    [one] { $maximum } window
   *[other] { $maximum } windows
}. Remove some with `/availability clear` first.
availability-error-window-unknown = “{ $value }” is not one of your availability windows. Pick one from the list.
privacy-kind-availability_windows = Weekly availability windows
