import Forecast

/// One agent who can be rostered, read from a row of agents.csv.
///
/// Hours and days are per roster week. `availability` nil means any time.
public struct Agent: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: String
  /// Channel ids the agent may answer, in the order written.
  public var skills: [String]
  public var minHours: Duration
  public var maxHours: Duration
  /// Most days with a shift in the week, 1...7.
  public var maxDays: Int
  /// When the agent may work, in the plan's wall-clock time; nil means any time.
  public var availability: OpeningHours?
  /// Cost of one paid hour, in the plan's currency.
  public var costPerHour: Double

  public init(
    id: String, name: String, skills: [String], minHours: Duration, maxHours: Duration,
    maxDays: Int, availability: OpeningHours?, costPerHour: Double
  ) {
    precondition(minHours <= maxHours, "min_hours must not exceed max_hours")
    self.id = id
    self.name = name
    self.skills = skills
    self.minHours = minHours
    self.maxHours = maxHours
    self.maxDays = maxDays
    self.availability = availability
    self.costPerHour = costPerHour
  }

  /// True when the agent may answer the channel.
  public func canAnswer(_ channelID: String) -> Bool { skills.contains(channelID) }
}

extension Agent {
  /// agents.csv skills by agent id (validation and simulation read them this way).
  public static func skills(_ agents: [Agent]) -> [String: [String]] {
    Dictionary(agents.map { ($0.id, $0.skills) }, uniquingKeysWith: { first, _ in first })
  }
}
