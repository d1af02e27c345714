import Forecast

extension HeadcountChange {
  /// The agents after this change, with one note per step saying who was removed or added.
  ///
  /// Steps, in order: `remove` leaves the named agents out; `add` appends `count` copies of the
  /// `like` agent's profile with ids `A001-new1`, `A001-new2`, ... (skipping ids in use); `scale`
  /// keeps `round(n x scale)` agents, dropping from the end of the list when below 100 % and copying
  /// agents in list order (cycling) when above. Every id named must exist (``ScenarioReader`` checks).
  public func apply(to agents: [Agent]) -> (agents: [Agent], notes: [String]) {
    var result = agents
    var notes: [String] = []
    var used = Set(agents.map(\.id))
    if !remove.isEmpty {
      let removing = Set(remove)
      result.removeAll { removing.contains($0.id) }
      notes.append("headcount: removed \(remove.joined(separator: ", ")) (\(agents.count) -> \(result.count) agents)")
    }
    for copies in add {
      guard let profile = agents.first(where: { $0.id == copies.like }) else {
        preconditionFailure("headcount add: agent \(copies.like) was checked by ScenarioReader")
      }
      let added = (0..<copies.count).map { _ in Self.copy(of: profile, used: &used) }
      result += added
      notes.append("headcount: added \(Self.idsText(added)) as copies of \(profile.id) (\(result.count) agents)")
    }
    if let scale {
      let before = result.count
      let wanted = max(0, Int((Double(before) * scale).rounded()))
      if wanted < before {
        let dropped = result[wanted...]
        result.removeLast(before - wanted)
        notes.append("headcount: scale \(Self.percent(scale)) kept \(wanted) of \(before) agents, left out \(Self.idsText(Array(dropped)))")
      } else if wanted > before, before > 0 {
        let added = (0..<(wanted - before)).map { Self.copy(of: result[$0 % before], used: &used) }
        result += added
        notes.append("headcount: scale \(Self.percent(scale)) grew \(before) to \(wanted) agents, added \(Self.idsText(added))")
      }
    }
    return (result, notes)
  }

  /// A copy of `profile` under the first free id `ID-newN`.
  static func copy(of profile: Agent, used: inout Set<String>) -> Agent {
    var number = 1
    while used.contains("\(profile.id)-new\(number)") { number += 1 }
    var agent = profile
    agent.id = "\(profile.id)-new\(number)"
    agent.name = "\(profile.name) (copy \(number))"
    used.insert(agent.id)
    return agent
  }

  /// `A001-new1, A001-new2` or, past four, `A001-new1 ... A001-new9 (9)`.
  static func idsText(_ agents: [Agent]) -> String {
    guard agents.count > 4, let first = agents.first, let last = agents.last else {
      return agents.map(\.id).joined(separator: ", ")
    }
    return "\(first.id) ... \(last.id) (\(agents.count))"
  }

  static func percent(_ share: Double) -> String { Percentage(fraction: share).percentText }
}
