import Forecast
import Foundation

/// The base plan's forecast as a scenario sees it: hours opened or closed, volume and handle time
/// changed, with a note for every assumption.
///
/// Goals, in priority order:
/// 1. Never silent: every interval the scenario opens that the base forecast does not cover gets
///    the volume of the scenario's ``NewHoursVolume`` rule, and a note says which rule, for which
///    channel, days and hours, and how many contacts it added. Contacts forecast in hours the
///    scenario closes are left out (not moved to open hours), and a note says how many.
/// 2. The forecast is made once: scenarios transform the base forecast, so the columns of a
///    comparison differ only by what the scenarios change.
///
/// Order: hours first (new intervals are filled from the base forecast), then the volume and
/// handle-time changes on every row, new ones included. Deferred channels (e-mail, messaging)
/// keep every interval: their hours are staffed hours, not arrival hours.
public struct ScenarioForecast: Sendable {
  /// The forecast rows for the scenario's plan.
  public var table: ForecastTable
  /// One sentence per assumption or left-out volume, each starting with the channel id.
  public var notes: [String]

  /// Transforms `base` (made for `basePlan`'s roster week) for `scenario` applied to the plan.
  public init(base: ForecastTable, basePlan: Plan, scenario: Scenario) {
    let plan = scenario.apply(to: basePlan)
    let calendar = plan.calendar
    let intervals = calendar.weekIntervals()
    let intervalAt = Dictionary(intervals.map { ($0.start, $0) }, uniquingKeysWith: { a, _ in a })
    var rows: [ForecastTable.Row] = []
    var notes: [String] = []
    for channel in plan.channels {
      var channelRows = base.rows.filter { $0.channel == channel.id }
      if !channel.kind.isDeferred, let hours = scenario.hours[channel.id] {
        let open = { (row: ForecastTable.Row) in intervalAt[row.start].map { calendar.isOpen($0, hours) } ?? true }
        let closed = channelRows.filter { !open($0) }
        var kept = channelRows.filter(open)
        if !closed.isEmpty {
          let volume = closed.reduce(0) { $0 + $1.volume }
          let spans = Self.spansText(closed.compactMap { intervalAt[$0.start] })
          switch scenario.closedDemand {
          case .drop:
            notes.append(String(
              format: "%@: hours closed %@: %.1f forecast contacts there are left out (closed_demand: drop)",
              channel.id, spans, volume))
          case .move(let share):
            let (days, moved) = Self.move(closed, share: share.fraction, into: &kept, intervalAt: intervalAt)
            notes.append(String(
              format: "%@: hours closed %@: %.1f forecast contacts there; %.1f moved to the open hours of %@ in proportion to their volume, %.1f lost (closed_demand: %@)",
              channel.id, spans, volume, moved, days, volume - moved, scenario.closedDemand.text))
          }
        }
        let covered = Set(kept.map(\.start))
        let new = intervals.filter { calendar.isOpen($0, hours) && !covered.contains($0.start) }
        if !new.isEmpty {
          let fill = NewHoursFill(
            channel: channel.id, rule: scenario.newHoursVolume, base: kept, intervalAt: intervalAt)
          let added = new.map(fill.row(for:))
          notes.append(fill.note(new: new, added: added))
          channelRows = (kept + added).sorted { $0.start < $1.start }
        } else {
          channelRows = kept
        }
      }
      let volume = scenario.volume.factor(for: channel.id)
      let handle = scenario.handleTime.factor(for: channel.id)
      for index in channelRows.indices {
        channelRows[index].volume *= volume
        channelRows[index].low *= volume
        channelRows[index].high *= volume
        channelRows[index].handleTime = .seconds(real: channelRows[index].handleTime.inSeconds * handle)
      }
      rows += channelRows
    }
    table = ForecastTable(rows: rows)
    self.notes = notes
  }

  /// Adds `share` of each closed day's volume to `open` rows: those of the same date, else of the
  /// nearest dates before and after that have any (half each), in proportion to their volume
  /// (evenly when they have none). Returns the receiving days, like `fri, sun`, and the contacts
  /// moved (less than `share` of the closed volume only when the channel has no open day at all).
  static func move(
    _ closed: [ForecastTable.Row], share: Double, into open: inout [ForecastTable.Row], intervalAt: [Date: Interval]
  ) -> (days: String, moved: Double) {
    let dateOf = { (row: ForecastTable.Row) in intervalAt[row.start]?.date }
    let openDates = Set(open.compactMap(dateOf)).sorted()
    var receiving: Set<LocalDate> = []
    var moved = 0.0
    var byDate: [LocalDate: Double] = [:]
    for row in closed { if let date = dateOf(row) { byDate[date, default: 0] += row.volume * share } }
    for (date, amount) in byDate.sorted(by: { $0.key < $1.key }) {
      var targets: [(LocalDate, Double)] = []
      if openDates.contains(date) {
        targets = [(date, amount)]
      } else {
        let before = openDates.last { $0 < date }, after = openDates.first { $0 > date }
        let sides = [before, after].compactMap { $0 }
        targets = sides.map { ($0, amount / Double(sides.count)) }
      }
      for (target, part) in targets {
        let indices = open.indices.filter { dateOf(open[$0]) == target }
        let total = indices.reduce(0) { $0 + open[$1].volume }
        for i in indices {
          let add = total > 0 ? part * open[i].volume / total : part / Double(indices.count)
          let scale = open[i].volume > 0 ? (open[i].volume + add) / open[i].volume : 1
          open[i].low = open[i].volume > 0 ? open[i].low * scale : open[i].low + add
          open[i].high = open[i].volume > 0 ? open[i].high * scale : open[i].high + add
          open[i].volume += add
          moved += add
        }
        receiving.insert(target)
      }
    }
    let names = receiving.sorted().map(\.weekday.shortName)
    return (names.isEmpty ? "no open day" : names.joined(separator: ", "), moved)
  }

  /// `mon-fri 22:00-24:00; sat 20:00-24:00`: consecutive intervals joined into ranges per day, days
  /// with the same ranges grouped.
  static func spansText(_ intervals: [Interval]) -> String {
    var byDate: [(date: LocalDate, weekday: Weekday, ranges: [(Int, Int)])] = []
    for interval in intervals.sorted(by: { $0.start < $1.start }) {
      let start = interval.localStart.minuteOfDay
      let end = start + Int(interval.duration.inSeconds / 60)
      if byDate.last?.date != interval.date { byDate.append((interval.date, interval.weekday, [])) }
      if let last = byDate[byDate.count - 1].ranges.last, last.1 == start {
        byDate[byDate.count - 1].ranges[byDate[byDate.count - 1].ranges.count - 1].1 = end
      } else {
        byDate[byDate.count - 1].ranges.append((start, end))
      }
    }
    func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
    var groups: [(days: [Weekday], text: String)] = []
    for day in byDate {
      let text = day.ranges.map { "\(clock($0.0))-\(clock($0.1))" }.joined(separator: ",")
      if let index = groups.firstIndex(where: { $0.text == text }) {
        groups[index].days.append(day.weekday)
      } else {
        groups.append(([day.weekday], text))
      }
    }
    return groups.map { "\(daysText($0.days)) \($0.text)" }.joined(separator: "; ")
  }

  /// `mon-fri`, `sat,sun`, `mon,wed`: runs of three or more consecutive days as a range.
  static func daysText(_ days: [Weekday]) -> String {
    var runs: [[Weekday]] = []
    for day in days {
      if let last = runs.last?.last, last.next == day {
        runs[runs.count - 1].append(day)
      } else {
        runs.append([day])
      }
    }
    return runs.flatMap { run in
      run.count >= 3 ? ["\(run[0].shortName)-\(run[run.count - 1].shortName)"] : run.map(\.shortName)
    }.joined(separator: ",")
  }
}

/// Fills intervals a scenario opens with the volume its ``NewHoursVolume`` rule assumes.
struct NewHoursFill {
  let channel: String
  let rule: NewHoursVolume
  /// The base rows of the channel in intervals still open, with their intervals.
  let base: [(row: ForecastTable.Row, interval: Interval)]
  /// Mean volume and volume-weighted handle seconds per base interval, by date and for the week.
  let dayMean: [LocalDate: (volume: Double, handle: Double)]
  let weekMean: (volume: Double, handle: Double)
  let method: String

  init(channel: String, rule: NewHoursVolume, base rows: [ForecastTable.Row], intervalAt: [Date: Interval]) {
    self.channel = channel
    self.rule = rule
    base = rows.compactMap { row in intervalAt[row.start].map { (row, $0) } }
    func mean(_ rows: [ForecastTable.Row]) -> (volume: Double, handle: Double) {
      let volume = rows.reduce(0) { $0 + $1.volume }
      let work = rows.reduce(0) { $0 + $1.volume * $1.handleTime.inSeconds }
      let plainHandle = rows.reduce(0) { $0 + $1.handleTime.inSeconds } / Double(max(1, rows.count))
      return (volume / Double(max(1, rows.count)), volume > 0 ? work / volume : plainHandle)
    }
    dayMean = Dictionary(grouping: base, by: \.interval.date).mapValues { mean($0.map(\.row)) }
    // A week without base intervals (every open day a holiday) has no handle time to copy: one
    // second keeps sizing defined; the volume there is zero, and the note says so.
    let week = mean(base.map(\.row))
    weekMean = (week.volume, week.handle > 0 ? week.handle : 1)
    method = "whatif new hours: \(rule.text)"
  }

  /// The assumed row for a newly open interval.
  func row(for interval: Interval) -> ForecastTable.Row {
    let sameDay = base.filter { $0.interval.date == interval.date }
    let mean = dayMean[interval.date] ?? weekMean
    func row(_ volume: Double, _ handle: Double, low: Double? = nil, high: Double? = nil) -> ForecastTable.Row {
      ForecastTable.Row(
        channel: channel, start: interval.start, volume: volume,
        handleTime: .seconds(real: handle), low: low ?? volume, high: high ?? volume, method: method)
    }
    switch rule {
    case .zero:
      return row(0, mean.handle)
    case .dailyAverage(let share):
      return row(mean.volume * share.fraction, mean.handle)
    case .nearest(let factor):
      let distance = { (other: Interval) in abs(other.start.timeIntervalSince(interval.start)) }
      guard let nearest = sameDay.min(by: { distance($0.interval) < distance($1.interval) })?.row else {
        return row(weekMean.volume * factor.fraction, weekMean.handle)
      }
      let f = factor.fraction
      return row(nearest.volume * f, nearest.handleTime.inSeconds, low: nearest.low * f, high: nearest.high * f)
    }
  }

  /// The note for a channel's new intervals: the rule, where, and the contacts added.
  func note(new: [Interval], added: [ForecastTable.Row]) -> String {
    let assumption: String
    switch rule {
    case .zero: assumption = "no contacts"
    case .dailyAverage(let share):
      assumption = "\(share.percentText) of the day's mean volume per open interval"
    case .nearest(let factor):
      assumption = "the forecast of the nearest open interval of the same day x \(factor.percentText)"
    }
    var text = String(
      format: "%@: %d new intervals (%@) are not in the forecast; assumed %@ (new_hours_volume: %@): %.1f contacts",
      channel, new.count, ScenarioForecast.spansText(new), assumption, rule.text, added.reduce(0) { $0 + $1.volume })
    let bare = Set(new.map(\.date)).filter { dayMean[$0] == nil }
    if base.isEmpty {
      text += "; the base plan has no open interval this week, so no contacts were assumed"
    } else if !bare.isEmpty, rule != .zero {
      let days = ScenarioForecast.daysText(bare.sorted().compactMap { date in new.first { $0.date == date }?.weekday })
      text += "; \(days) had no open interval in the base plan, so the week's mean per open interval was used"
    }
    return text
  }
}
