import Forecast
import Foundation

/// What would keep a broken promise. Line channels (voice, chat): agents added interval by interval, where
/// each buys the most contacts answered in time, until the week reaches the promised share; deferred
/// channels (e-mail, messaging): ``deferredToKeep(_:channel:window:)``, or the bound of their hours.
///
/// The week's answered contacts are a sum over intervals of `V x L(n)` (the validation formula,
/// ``LineQueueFigures``), so adding one scheduled agent at a time where it adds the most is the
/// cheapest way to reach the share at interval granularity while the curves are concave; where a
/// curve is still convex (an interval far below its requirement), the gain of one agent is judged
/// as the best average over the next one to three, so a first agent that buys little is not
/// passed over when the second buys much. The result is a floor on what a roster needs: real
/// shifts are longer than the intervals that need them. Only open intervals of the channel get
/// agents; when even 99.9 % in every open interval misses the share (volume in closed hours), the
/// promise is out of reach with these opening hours, and `reachable` says so.
public struct PromiseGap: Sendable, Equatable {
  /// Scheduled agents (before shrinkage) added per interval of the week.
  public var added: [Double]
  /// The week's service level with the additions.
  public var serviceLevel: Double
  /// False when no staffing of the open hours reaches the share.
  public var reachable: Bool
  /// Agent-hours added.
  public var agentHours: Double
  /// Deferred work out of reach: the strongest promise at the target's share that unlimited
  /// agents in the open hours would keep (nil when none within two weeks, or not deferred).
  public var strongestPossible: ServiceTarget? = nil

  /// The gap of line channel `index` of `week`; nil when it is kept or deferred.
  public static func of(_ week: ValidationWeek, channel index: Int) -> PromiseGap? {
    let plan = week.plan
    let channel = plan.channels[index]
    guard !channel.kind.isDeferred else { return deferredBound(week, channel: index) }
    let figures = LineQueueFigures(plan: plan, channel: channel)
    let volume = week.volume[index], handle = week.handleSeconds[index]
    var agents = week.rostered[index]
    let total = volume.reduce(0, +)
    guard total > 0 else { return nil }
    let level = { (i: Int, n: Double) -> Double in
      volume[i] > 0 ? figures.outcome(interval: i, volume: volume[i], handleSeconds: handle[i], agents: n).serviceLevel : 1
    }
    var current = volume.indices.map { level($0, agents[$0]) }
    var answered = volume.indices.reduce(0.0) { $0 + volume[$1] * current[$1] }
    let needed = channel.target.share.fraction * total
    guard answered < needed - 1e-9 else { return nil }
    let open = week.intervals.map { plan.calendar.isOpen($0, channel.hours) }
    let candidates = volume.indices.filter { open[$0] && volume[$0] > 0 }
    // The gain per agent of the best of the next one to three agents in interval i, or of the
    // next 4, 8, ... 1,024 (stopping once the interval is full), and how many to add when picked:
    // one, or where three more still answer nothing in time (far below the load) all those that
    // answer nothing yet, at once (the interval needs them before it gains anything). A week of
    // 4,840 required agent-hours on 25 agents had every gain 0 and was called out of reach
    // "because contacts arrive while it is closed"; adding them one at a time took minutes on a
    // large week.
    func gain(_ i: Int) -> (value: Double, agents: Double) {
      guard current[i] < 0.999 else { return (0, 1) }
      var best = 0.0
      for k in 1...3 { best = max(best, volume[i] * (level(i, agents[i] + Double(k)) - current[i]) / Double(k)) }
      let dead = best <= 1e-12
      var k = 4.0, first = 0.0
      while k <= 1024 {
        let next = level(i, agents[i] + k)
        if first == 0, next > current[i] + 1e-9 { first = k }
        best = max(best, volume[i] * (next - current[i]) / k)
        if next >= 0.999 { break }
        k *= 2
      }
      guard dead, first > 0 else { return (best, 1) }
      var low = first / 2, high = first  // the fewest agents that answer anything more in time
      while high - low > 1 {
        let middle = ((low + high) / 2).rounded(.down)
        if level(i, agents[i] + middle) > current[i] + 1e-9 { high = middle } else { low = middle }
      }
      return (best, max(1, high - 1))
    }
    var gains = Dictionary(uniqueKeysWithValues: candidates.map { ($0, gain($0)) })
    let original = agents
    var steps = 0
    while answered < needed - 1e-9, steps < 2_000 * max(1, candidates.count) {
      guard let best = gains.max(by: { $0.value.value < $1.value.value || ($0.value.value == $1.value.value && $0.key > $1.key) }),
        best.value.value > 1e-12
      else { break }
      let i = best.key
      agents[i] += best.value.agents
      let next = level(i, agents[i])
      answered += volume[i] * (next - current[i])
      current[i] = next
      gains[i] = gain(i)
      steps += 1
    }
    let added = zip(agents, original).map { $0 - $1 }
    let hours = volume.indices.reduce(0.0) { $0 + added[$1] * week.length(of: $1) / 3600 }
    return PromiseGap(
      added: added, serviceLevel: answered / total, reachable: answered >= needed - 1e-9, agentHours: hours)
  }

  /// Deferred work (e-mail, messaging): nil when agents could keep the promise; when even unlimited
  /// agents in every open interval miss it (work arriving while the channel is closed waits past its
  /// window), the best share they reach and the strongest promise those hours allow.
  static func deferredBound(_ week: ValidationWeek, channel index: Int) -> PromiseGap? {
    let plan = week.plan
    let channel = plan.channels[index]
    let volume = week.volume[index]
    guard volume.reduce(0, +) > 0 else { return nil }
    let capacity = week.intervals.map { plan.calendar.isOpen($0, channel.hours) ? 1e15 : 0 }
    let length = Double(plan.intervalLength.seconds)
    let window = DeferredFlow.window(channel.target, intervalSeconds: length)
    let flow = DeferredFlow.run(
      volume: volume, handleSeconds: week.handleSeconds[index], capacitySeconds: capacity, window: window)
    let best = flow.share(within: window)
    let share = channel.target.share.fraction
    guard best < share - 1e-9 else { return deferredToKeep(week, channel: index, window: window) }
    return PromiseGap(
      added: Array(repeating: 0, count: volume.count), serviceLevel: best, reachable: false, agentHours: 0,
      strongestPossible: flow.strongest(channel.target.share, intervalSeconds: length))
  }

  /// A broken deferred promise that agents could keep: agents added one interval at a time, each
  /// in the open interval with the fewest added (earliest first) within the window of the earliest
  /// arrival whose work misses it and that an open interval can help (first come, first served: capacity there moves the whole
  /// queue ahead), until the week reaches the share. Nil when kept, or not reached in 20 steps per
  /// interval (then nothing is claimed).
  static func deferredToKeep(_ week: ValidationWeek, channel index: Int, window: Int) -> PromiseGap? {
    let plan = week.plan
    let channel = plan.channels[index]
    let volume = week.volume[index], handle = week.handleSeconds[index]
    guard var capacity = RosterValidator(week: week).deferredCapacities()[index] else { return nil }
    let open = week.intervals.map { plan.calendar.isOpen($0, channel.hours) }
    let perAgent = (1 - plan.shrinkage(for: channel).fraction) * Double(channel.concurrency ?? 1)
    let share = channel.target.share.fraction
    let count = volume.count
    var added = [Double](repeating: 0, count: count)
    var flow = DeferredFlow.run(volume: volume, handleSeconds: handle, capacitySeconds: capacity, window: window)
    guard flow.share(within: window) < share - 1e-9 else { return nil }
    var steps = 0
    while flow.share(within: window) < share - 1e-9, steps < 20 * count {
      // The earliest late arrival that an open interval within its window can still help.
      let place = volume.indices.lazy.filter { volume[$0] > 0 && flow.onTime[$0] < volume[$0] * (1 - 1e-9) }
        .compactMap { late in
          // Spread: the open interval of the window with the fewest agents added so far, earliest first.
          (0..<window).map { (late + $0) % count }.filter { open[$0] }.min { added[$0] < added[$1] }
        }.first
      guard let place else { break }
      added[place] += 1
      capacity[place] += perAgent * week.length(of: place)
      flow = DeferredFlow.run(volume: volume, handleSeconds: handle, capacitySeconds: capacity, window: window)
      steps += 1
    }
    let level = flow.share(within: window)
    // Not reached within the steps: say nothing rather than a wrong figure.
    guard level >= share - 1e-9 else { return nil }
    let hours = added.indices.reduce(0.0) { $0 + added[$1] * week.length(of: $1) / 3600 }
    return PromiseGap(added: added, serviceLevel: level, reachable: true, agentHours: hours)
  }

  /// Hours with no agent added that end a stretch of `places`: 4 hours, longer than a day
  /// channel's lull and shorter than the closed day of a night channel.
  static let stretchGap: Duration = .seconds(4 * 3600)

  /// Where the agents go, one entry per stretch: from the first to the last interval that gets
  /// agents, like `mon 11:00-16:30 6.0 h`, named by the day it starts. A stretch ends where no
  /// agent is added for `stretchGap` or more, so a day channel gives an entry a day and a night
  /// channel one a night (`sun 20:00-08:00`; grouped by date it read `mon 00:00-00:00`).
  public func places(in week: ValidationWeek) -> [String] {
    Self.stretches(added, intervals: week.intervals, length: week.plan.intervalLength)
  }

  /// The stretches of `agents` (per interval of the week) above zero, each with its agent-hours:
  /// `sun 20:00-08:00 51.8 h` (see ``places(in:)``). An interval where `separators` is true ends a
  /// stretch whatever the gap (empty stretches of a channel: one staffed interval between two
  /// empty ones read `mon 11:00-18:00`, as if nobody had been on it at 11:15-14:00).
  public static func stretches(
    _ agents: [Double], intervals: [Interval], length: IntervalLength, separators: [Bool]? = nil
  ) -> [String] {
    var entries: [String] = []
    let text = { (minute: Int) in String(format: "%02d:%02d", minute / 60 % 24, minute % 60) }
    let gap = max(1, Int(stretchGap.inSeconds) / length.seconds)
    var stretch: [Int] = []
    func close() {
      guard let first = stretch.first, let last = stretch.last else { return }
      let from = intervals[first].localStart, end = intervals[last].localStart
      let hours = stretch.reduce(0.0) { $0 + agents[$1] * intervals[$1].end.timeIntervalSince(intervals[$1].start) / 3600 }
      entries.append(
        "\(intervals[first].weekday.shortName) \(text(from.hour * 60 + from.minute))-"
          + "\(text(end.hour * 60 + end.minute + length.minutes)) " + String(format: "%.1f h", hours))
      stretch = []
    }
    for i in agents.indices where agents[i] > 1e-9 {
      if let last = stretch.last,
        i - last >= gap || (separators.map { marks in (last + 1..<i).contains { marks[$0] } } ?? false)
      {
        close()
      }
      stretch.append(i)
    }
    close()
    return entries
  }
}
