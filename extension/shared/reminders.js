// The privacy-settings review reminder: due when the user has not marked a review done
// for a site within the chosen number of days (0 = reminders off). A site never
// reviewed is due from the start: knowing who can see your posts comes first.
(function (ST) {
  'use strict';
  const DAY = 24 * 60 * 60 * 1000;

  function isDue(siteId, intervalDays, reviews, now) {
    if (!intervalDays) return false;
    const last = reviews && Number(reviews[siteId]);
    if (!last || !Number.isFinite(last)) return true;
    return now - last >= intervalDays * DAY;
  }

  function daysSince(siteId, reviews, now) {
    const last = reviews && Number(reviews[siteId]);
    if (!last || !Number.isFinite(last)) return null;
    return Math.floor((now - last) / DAY);
  }

  ST.reminders = { isDue, daysSince, DAY };
})(globalThis.SecondThought);
