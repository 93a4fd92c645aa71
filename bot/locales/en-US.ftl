## Shared replies: errors, buttons. Feature strings live in cogs/<feature>/locales/.

error-count-empty = Please type a number, for example `4500`, `12.5K` or `1.2M`.
error-count-negative = “{ $value }” is negative. Counts start at 0: try `4500` or `12.5K`.
error-count-format = “{ $value }” is not a count I can read. Try `4500`, `4,500`, `12.5K`, `1.2M` or `1.2万`.
error-count-fraction = “{ $value }” is not a whole number. Try `12.5K` (12,500) or `4500`.
error-count-too-big = “{ $value }” is too big: the most I accept is { $maximum }.
error-count-too-small = “{ $value }” is too small here: it must be at least { $minimum }.
error-percent-format = “{ $value }” is not a percentage I can read. Try `4.5` or `4.5%`.
error-percent-range = “{ $value }” is out of range: a percentage here is between 0 and { $maximum }.
error-timezone-unknown = I don't know the timezone “{ $value }”. Start typing a city or country (Oslo, Shanghai, New York) and pick from the list.
error-timezone-ambiguous = “{ $value }” could mean several timezones, so I won't guess. Pick one of: { $choices }
error-missing-permissions = You need the { $permissions } permission for this.
error-bot-missing-permissions = I need the { $permissions } permission here to do that. Ask a server manager to grant it.
error-guild-only = This command works inside a server, not in direct messages.
error-cooldown = Slow down a little: try again in { $seconds } s.
error-not-allowed = You are not allowed to use this here.
error-bad-value = “{ $value }” is not a value I can use here.
error-option-invalid = The value of “{ $option }” is not one this command accepts; choose it again in Discord's form.
error-unknown-command = That command is out of date. Discord may need a minute to show the new version; try again soon.
error-unexpected = Sorry, something went wrong on my side. It has been logged with reference `{ $reference }`; mention it if you report the problem.
error-database-busy = The database is busy, try again in a moment. Nothing was changed.
error-database-unavailable = The bot cannot save anything right now: its database file cannot be written. Nothing was changed. The person who runs the bot has been told in its log.
error-database-unreachable = The bot cannot reach its database right now, so it can neither read nor save. Nothing was changed. The person who runs the bot has been told in its log; please try again in a few minutes.
error-not-your-button = Only the member who ran the command can press these buttons.
error-already-answered = That question is already answered; nothing more was done.
error-component-expired = These buttons no longer work (they timed out, or the bot restarted since). Run the command again; nothing was changed.
button-confirm = Confirm
button-cancel = Cancel
error-video-url = “{ $value }” is not a TikTok video link. Paste one like `https://www.tiktok.com/@you/video/7234567890123456789` or `https://vm.tiktok.com/ZM…/`.
error-handle = “{ $value }” is not a TikTok handle: use 2–24 letters, digits, `_` or `.`, like `@your.name`.
error-time-unparsed = I couldn't read “{ $value }” as a time. Try `2026-12-03 20:00`, `tomorrow 8pm`, `fri 20:00`, `i morgen kl 20`, `明天晚上8点` or `in 2h`.
error-time-needs-clock = “{ $value }” needs a time of day too, for example `{ $value } 20:00`.
error-time-ambiguous-date = “{ $value }” could be day/month or month/day, so I won't guess. Write it as `2026-12-03` or `03.12.2026`.
error-time-weekday-mismatch = “{ $value }”: { $date } is a { $weekday ->
    [0] Monday
    [1] Tuesday
    [2] Wednesday
    [3] Thursday
    [4] Friday
    [5] Saturday
   *[6] Sunday
}, not the day you typed. Check the day or the date.
error-time-ambiguous = { $when } happens twice in { $zone } because the clocks go back. Do you mean the first one ({ $earlier_offset }) or the second ({ $later_offset })?
error-time-nonexistent = { $when } doesn't exist in { $zone }: the clocks jump forward then. The next valid time is { $suggestion }.
error-clock-format = “{ $value }” is not a time of day I can read. Try `20:00`, `8pm`, `kl 20` or `晚上8点`.
error-duration-format = “{ $value }” is not a duration I can read. Try `45m`, `1h30`, `1:30`, `90`, `2 timer` or `1小时30分`.
error-duration-range = “{ $value }” is out of range: use between { $minimum } and { $maximum ->
    [one] { $maximum } minute
   *[other] { $maximum } minutes
}.
error-days-format = “{ $value }” is not a set of days I can read. Try `mon-fri`, `sat,sun`, `daily`, `weekends`, `周一至周五` or `man-fre`.
zone-choice = { $zone } — { $offset }, now { $time }
tier-range = { $low }–{ $high }
tier-under = under { $high }
tier-over = { $low }+
ratio = { $value }×
# Heads each further message of an export split over several
export-more = (continued: part { $number })
