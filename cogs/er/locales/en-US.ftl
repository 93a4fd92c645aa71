## /er: engagement rate. Command descriptions are English in the code.

er-title-views = Engagement rate by views
er-title-followers = Engagement rate by followers
er-headline-views = **{ $rate }** · engaged audience: { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
} on this video
er-headline-followers = **{ $rate }** · engaged audience: { $interactions ->
    [one] { $interactions } interaction
   *[other] { $interactions } interactions
} per post on average
er-formula = Formula: `{ $formula }`
er-with-saves = Second figure: including saves
er-with-saves-value = **{ $rate }** · `{ $formula }`
er-warning-interactions = ⚠️ More interactions than views: TikTok counts a view per play, so check the numbers.
er-no-verdict-impossible = No verdict: the numbers look wrong (more interactions than views), so comparing them would say nothing.
er-video = Video
er-benchmark = Benchmark: { $set }
er-benchmark-tier = Your tier: { $tier } followers
er-compare-average = { $ratio } the { $tier } average of { $average }
er-compare-band-below = below the { $low }–{ $high } band for { $tier }
er-compare-band-inside = inside the { $low }–{ $high } band for { $tier }
er-compare-band-above = above the { $low }–{ $high } band for { $tier }
er-verdict-below = Below the benchmark
er-verdict-around = Around the benchmark
er-verdict-above = Above the benchmark
er-verdict-far-above = Far above the benchmark
er-verdict-line = **{ $verdict }**: { $comparison }
er-mismatch-unknown = This set does not say whether its figures are per view or per follower: not like for like.
er-compare-overall-views = { $ratio } the set's overall figure by views of { $overall }
er-compare-overall-followers = { $ratio } the set's overall figure by followers of { $overall }
er-no-like-for-like-views = This set has no figure by views, so there is nothing like for like to judge your rate by.
er-no-like-for-like-followers = This set has no figure by followers, so there is nothing like for like to judge your rate by.
er-other-basis-views = -# Not like for like (its tiers are per follower, your rate is per view): { $comparison }.
er-other-basis-followers = -# Not like for like (its tiers are per view, your rate is per follower): { $comparison }.
er-under-first-tier = Under { $minimum }: not enough followers for a benchmark tier. The nearest tier is shown.
er-source = Source: { $citation }
er-no-followers = Add `followers:` (or save it with `/profile set`) to see your tier and a benchmark.
er-no-tiers = The server's benchmark set “{ $set }” has no follower tiers, so there is nothing to compare with here.
er-vanity = A big following with a low rate is a vanity metric: 1M followers at 0.5% usually has less influence than 50K at 8%. The rate is the signal of a real, active audience.
er-saved = Saved to your history (/er history).
er-updated = Updated your earlier result for this video: the latest numbers win.
er-not-saved = Not saved: you turned saving off for this result.
er-error-views-zero = Views must be at least 1: a video with no views has no rate.
er-error-followers-zero = Followers must be at least 1: with no followers there is no rate by followers.
er-error-posts-range = Posts must be between 1 and { $maximum }.
er-error-limit-range = The limit must be between 1 and { $maximum }.
er-history-empty-self = You have no saved results yet. Try `/er views views:50K likes:4.5K comments:300 shares:200` and it will show up here.
er-history-empty-other = { $member } has no saved results yet. They can start with `/er views views:50K likes:4.5K comments:300 shares:200`.
er-history-title = Engagement history: { $member }
er-history-line = { $date } · { $video } · **{ $rate }** { $basis }{ $flag }
er-history-outlier = ⚠️ outlier
er-history-stats = Mean { $mean } · median { $median } · best { $best } ({ $count ->
    [one] { $count } result
   *[other] { $count } results
})
er-history-outlier-note = ⚠️ marks a result above 3× the median ({ $threshold }): one viral video should not skew the picture.
er-history-links-dropped = Some older video links are left out to fit Discord's limits.
er-history-shown = Showing the latest { $shown } of { $total ->
    [one] { $total } result
   *[other] { $total } results
}.
er-basis-views = by views
er-basis-followers = by followers
er-chart-title = Engagement rate over time
er-chart-y = Engagement rate
er-chart-outlier = Outlier (above 3× median)
er-chart-average = { $tier } average ({ $set }, { $basis })
er-chart-band = { $tier } band ({ $set }, { $basis })
er-chart-basis-views = per view
er-chart-basis-followers = per follower
er-chart-basis-unknown = basis not stated
er-profile-line = Latest ER: { $rate } { $basis } ({ $date })
er-history-stats-views = By views
er-history-stats-followers = By followers
er-not-saved-impossible = Not saved yet: numbers like these are usually a typing error. If they are right, press Save anyway; until then they stay out of your history, medians and percentiles.
er-saved-anyway = Saved to your history as you confirmed it (/er history).
er-save-anyway-button = Save anyway
er-history-not-counted = ⚠️ not counted (more interactions than views)
er-history-imported = · ♪ TikTok
