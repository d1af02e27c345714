/// Stage 3c, the roster as written: every interval at work on a channel the agent has open (or
/// idle), shifts working on into next week, split intervals cut on whole minutes.
extension RosterBuilder {
  /// Paid time at work that the channel split left without a channel goes to a channel of the
  /// agent open in that interval (the one worked just before when it is); time when none of the
  /// agent's channels is open stays empty: idle. Returns the idle agent-intervals.
  func fillOpenTime(_ shares: inout [Int: [Int: [Roster.ChannelShare]]], atWork: [[Int]]) -> Int {
    var idle = 0
    for t in 0..<problem.intervalCount {
      for a in atWork[t] {
        let given = shares[a]?[t] ?? []
        let room = 1 - given.reduce(0) { $0 + $1.share }
        guard room > 1e-6 else { continue }
        let open = problem.agents[a].skills.filter { problem.channels[$0].isOpen(t) }
        let previous = shares[a]?[t - 1]?.last?.channel
        guard let channel = previous.flatMap({ open.contains($0) ? $0 : nil }) ?? given.last?.channel ?? open.first
        else {
          idle += 1
          continue
        }
        if let k = given.firstIndex(where: { $0.channel == channel }) {
          shares[a, default: [:]][t]![k].share += room
        } else {
          shares[a, default: [:]][t, default: []].append(.init(channel: channel, share: room))
        }
      }
    }
    return idle
  }

  /// A shift running past the week's end works on into next week: each such interval goes to the
  /// agent's channel open at the same time a week earlier (the one worked before when it is), or
  /// stays idle. Next week's coverage is not this week's, so these intervals count nowhere else.
  func fillNextWeek(_ shares: inout [Int: [Int: [Roster.ChannelShare]]]) -> Int {
    let T = problem.intervalCount
    var idle = 0
    for (a, days) in assignment.shiftOf.enumerated() {
      for (d, s) in days.enumerated() {
        guard let s, catalog.shifts[s].end > T else { continue }
        for t in T..<catalog.shifts[s].end where !onBreak(a, d, s, t) {
          let open = problem.agents[a].skills.filter { problem.anyOpen([$0], t) }
          let previous = shares[a]?[t - 1]?.last?.channel
          guard let channel = previous.flatMap({ open.contains($0) ? $0 : nil }) ?? open.first else {
            idle += 1
            continue
          }
          shares[a, default: [:]][t] = [.init(channel: channel, share: 1)]
        }
      }
    }
    return idle
  }

  /// Cuts each split interval on whole minutes, as roster.csv writes it (a roster is read in
  /// minutes): the shares' running total is rounded, so they still sum to the interval.
  func wholeMinutes(_ shares: inout [Int: [Int: [Roster.ChannelShare]]]) {
    let minutes = (problem.intervalLength.inSeconds / 60).rounded()
    for (a, byInterval) in shares {
      for (t, given) in byInterval where given.count > 1 {
        let total = given.reduce(0) { $0 + $1.share }
        var running = 0.0, previous = 0.0
        var cut: [Roster.ChannelShare] = []
        for share in given {
          running += share.share / total
          let edge = (running * minutes).rounded() / minutes
          if edge > previous + 1e-9 { cut.append(.init(channel: share.channel, share: (edge - previous) * total)) }
          previous = edge
        }
        shares[a]![t] = cut
      }
    }
  }
}
