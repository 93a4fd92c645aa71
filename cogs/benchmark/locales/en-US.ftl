## /benchmark: labelled benchmark sets, tiers and community percentiles.

benchmark-set-label = { $title } ({ $name })
benchmark-basis-views = by views
benchmark-basis-followers = by followers
benchmark-basis-unknown = basis not stated
benchmark-year-unknown = year not stated
benchmark-band = { $low }–{ $high }
benchmark-source-value = { $source }, { $year }
benchmark-thresholds = How the verdict is chosen: under { $low } the tier's average (or the middle of its band) is below, { $low } to { $high } is around, up to { $far } is above, and { $far } or more is far above. For a band, a rate inside it is around, and one at { $far } its top or more is far above.
benchmark-field-basis = Basis
benchmark-field-overall = Overall
benchmark-overall-value = { $value } ({ $basis })
benchmark-field-source = Source and year
benchmark-field-caveat = Caveat
benchmark-field-tier = Tier
benchmark-field-average = Average
benchmark-field-band = Median band
benchmark-field-industry = Industry
benchmark-field-industries = Industries
benchmark-field-your-er = Your ER
benchmark-field-community = Community percentile
benchmark-lookup-title = { $followers ->
    [one] { $followers } follower
   *[other] { $followers } followers
} · { $set }
benchmark-under-first-tier = { $under }: not enough followers for a benchmark tier. Nearest tier: { $nearest }.
benchmark-industry-pick = This set compares industries, not follower tiers. Run the lookup again with `industry` (one from the list) to compare your ER.
benchmark-scope-all = any follower count
benchmark-scope-followers = { $range } followers
benchmark-er-typed = { $rate } { $basis }, as you typed it
benchmark-er-saved = { $rate } { $basis }, your latest saved /er result ({ $when })
benchmark-reference-average = average of { $value }
benchmark-reference-band = band middle of { $value }
benchmark-comparison = { $ratio } the { $label } { $figure }: **{ $verdict }**
benchmark-comparison-plain = { $ratio } the { $label } { $figure }
benchmark-comparison-overall-views = { $ratio } the set's overall figure by views of { $overall }: **{ $verdict }**
benchmark-comparison-overall-followers = { $ratio } the set's overall figure by followers of { $overall }: **{ $verdict }**
benchmark-no-like-for-like-views = This set has no figure by views, so there is nothing like for like to judge your ER by.
benchmark-no-like-for-like-followers = This set has no figure by followers, so there is nothing like for like to judge your ER by.
benchmark-other-basis-views = -# Not like for like (this set is per follower, your ER is per view): { $comparison }.
benchmark-other-basis-followers = -# Not like for like (this set is per view, your ER is per follower): { $comparison }.
benchmark-numbers-look-wrong = ⚠️ { $rate } by views would mean more interactions than views: the numbers look wrong, so there is no verdict. Check them and run `/er views` again.
benchmark-basis-question = Is your { $rate } by views or by followers? The two are measured differently, so I only compare an ER with figures of its own kind. (Add `basis` to the command and I won't ask.)
benchmark-basis-picked = { $rate } { $basis }: the lookup is below.
benchmark-verdict-below = below
benchmark-verdict-around = around
benchmark-verdict-above = above
benchmark-verdict-far-above = far above
benchmark-basis-unstated = ⚠️ This set does not say whether it is by views or by followers, and your ER is { $rate_basis }: compare with care.
benchmark-no-er = Add `er` (for example `4.5`) or save a result with `/er views` to see how you compare.
benchmark-community-value = **{ $ordinal ->
    [one] { $percentile }st
    [two] { $percentile }nd
    [few] { $percentile }rd
   *[other] { $percentile }th
} percentile**: among { $count ->
    [one] { $count } other member's latest result
   *[other] { $count } other members' latest results
} { $basis } with { $scope }, the share with a lower ER (ties count half).
benchmark-community-needed = Shown once { $minimum ->
    [one] { $minimum } other member has
   *[other] { $minimum } other members have
} a saved result { $basis } with { $scope }: { $count } so far, { $needed } more needed.
benchmark-table-footer = Tiers include their lower bound: 1,000 followers is in 1K–5K, 5,000 in 5K–20K.
benchmark-sets-title = Benchmark sets
benchmark-sets-active = ✅ Active in this server.
benchmark-sets-active-name = ✅ { $set } (active)
benchmark-sets-tiers = { $count ->
    [one] { $count } follower tier
   *[other] { $count } follower tiers
}
benchmark-sets-industries = { $count ->
    [one] { $count } industry
   *[other] { $count } industries
}
benchmark-sets-line = { $description }
    { $shape } · { $basis } · { $year }
benchmark-sets-footer = See one with /benchmark table; server managers choose with /benchmark use.
benchmark-error-unknown-set = I don't know the benchmark set “{ $value }”. Choose one of: { $names }
benchmark-error-unknown-industry = “{ $value }” is not an industry in { $set }. Choose one of: { $names }
benchmark-error-industry-not-applicable = { $set } uses follower tiers, not industries: leave `industry` empty, or pick an industry set ({ $sets }).
benchmark-error-not-manager = Only server managers (Manage Server permission) can change the benchmark set. Nothing changed: the active set is still { $set }.
benchmark-use-done = The active benchmark set is now **{ $set }**. Lookups compare with it from now on.
benchmark-use-already = **{ $set }** is already the active benchmark set. Nothing changed.
benchmark-autocomplete-set = { $name } — { $title }
benchmark-autocomplete-active = { $label } (active)
benchmark-choice-views = By views
benchmark-choice-followers = By followers
