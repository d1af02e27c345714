import Forecast
import Foundation

/// Predicted against observed: how well Erlang C and Erlang A explain a real center's service level
/// and abandonment, interval by interval.
///
/// For each interval of an aggregated call file (the Technion "Anonymous Bank" 15-minute format),
/// the models get the observed arrivals (`count_agent_requests`), the mean talk time (`aht_seconds`),
/// one mean patience for the whole file and an estimate of the staffed agents
/// `n = max(agents_busy_distinct, ⌈busy_agent_seconds / interval⌉)` (a lower bound: idle staffed
/// agents are invisible in the data). Observed shares are over agent requests: service level =
/// `count_answered_le_20s / count_agent_requests`, abandonment = `count_abandoned / count_agent_requests`.
///
/// Patience: the maximum-likelihood estimate for exponential patience censored by service,
/// `(Σ waits of abandoners + Σ waits of served) / number abandoned`; see Brown et al. (2005) for this data.
public struct ObservedComparison: Sendable {
  /// One observed interval.
  public struct Interval: Sendable, Hashable {
    public var start: String
    public var offered: Int
    public var served: Int
    public var abandoned: Int
    public var answeredInTime: Int
    public var handleSeconds: Double?
    public var meanWaitServed: Double?
    public var meanWaitAbandoned: Double?
    public var busyAgentSeconds: Double
    public var agentsBusyDistinct: Int

    /// Staffed agents estimated from the busy agents: `max(distinct, ⌈busy seconds / interval⌉)`.
    public func staffedAgents(interval: Duration) -> Int {
      max(agentsBusyDistinct, Int((busyAgentSeconds / interval.inSeconds).rounded(.up)))
    }
  }

  /// Predicted and observed shares of one interval.
  public struct Row: Sendable, Hashable {
    public var start: String
    public var offered: Int
    public var agents: Int
    /// Offered load per agent, λ · AHT / n.
    public var loadPerAgent: Double
    public var observedServiceLevel: Double
    public var observedAbandonment: Double
    public var erlangCServiceLevel: Double
    public var erlangAServiceLevel: Double
    public var erlangAAbandonment: Double
  }

  /// Mean absolute error and bias (predicted − observed) of one group of rows.
  public struct ErrorSummary: Sendable {
    public var label: String
    public var intervals: Int
    public var calls: Int
    public var erlangCServiceLevel: (mae: Double, bias: Double)
    public var erlangAServiceLevel: (mae: Double, bias: Double)
    public var erlangAAbandonment: (mae: Double, bias: Double)

  }

  public var intervals: [Interval]
  public var intervalLength: Duration

  public init(intervals: [Interval], intervalLength: Duration = .seconds(900)) {
    self.intervals = intervals
    self.intervalLength = intervalLength
  }

  /// Reads the 15-minute file; `file` names it in errors.
  public init(csv text: String, file: String, intervalLength: Duration = .seconds(900)) throws(InputError) {
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    while lines.last?.isEmpty == true { lines.removeLast() }
    guard let header = lines.first else {
      throw InputError(file: file, problem: "the file is empty", remedy: "give the 15-minute calls file")
    }
    let names = Self.splitCSV(header)
    let required = [
      "timestamp", "count_agent_requests", "count_served", "count_abandoned", "aht_seconds",
      "count_answered_le_20s", "mean_wait_seconds_served", "mean_wait_seconds_abandoned", "busy_agent_seconds",
      "agents_busy_distinct",
    ]
    var column: [String: Int] = [:]
    for name in required {
      guard let index = names.firstIndex(of: name) else {
        throw InputError(file: file, line: 1, problem: "column \"\(name)\" is missing", remedy: "use the calls_15min.csv header")
      }
      column[name] = index
    }
    var intervals: [Interval] = []
    for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      let fields = Self.splitCSV(line)
      func text(_ name: String) -> String {
        let index = column[name]!
        return index < fields.count ? fields[index] : ""
      }
      func real(_ name: String) throws(InputError) -> Double? {
        let value = text(name)
        if value.isEmpty { return nil }
        guard let number = Double(value), number.isFinite, number >= 0 else {
          throw InputError(
            file: file, line: offset + 1, field: name, problem: "\"\(value)\" is not a number",
            remedy: "write a number >= 0 with a dot for decimals")
        }
        return number
      }
      func count(_ name: String) throws(InputError) -> Int { Int(try real(name) ?? 0) }
      intervals.append(
        Interval(
          start: text("timestamp"), offered: try count("count_agent_requests"), served: try count("count_served"),
          abandoned: try count("count_abandoned"), answeredInTime: try count("count_answered_le_20s"),
          handleSeconds: try real("aht_seconds"), meanWaitServed: try real("mean_wait_seconds_served"),
          meanWaitAbandoned: try real("mean_wait_seconds_abandoned"),
          busyAgentSeconds: try real("busy_agent_seconds") ?? 0, agentsBusyDistinct: try count("agents_busy_distinct")))
    }
    self.init(intervals: intervals, intervalLength: intervalLength)
  }

  /// Splits one CSV line on commas, honouring double quotes (private to this reader).
  static func splitCSV(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var previous: Character = " "
    for character in line {
      if character == "\"" {
        if !quoted, previous == "\"" { field.append("\"") }
        quoted.toggle()
      } else if character == ",", !quoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
      previous = character
    }
    fields.append(field)
    return fields.map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// Mean patience, the censored exponential MLE over the whole file; `nil` without abandoners.
  public var estimatedPatience: Duration? {
    var exposure = 0.0
    var abandoned = 0
    for interval in intervals {
      exposure += Double(interval.served) * (interval.meanWaitServed ?? 0)
      exposure += Double(interval.abandoned) * (interval.meanWaitAbandoned ?? 0)
      abandoned += interval.abandoned
    }
    return abandoned > 0 ? .seconds(exposure / Double(abandoned)) : nil
  }

  /// Predictions for every interval with arrivals, a talk time and at least one busy agent.
  public func rows(answerTime: Duration, patience: Duration) -> [Row] {
    intervals.compactMap { interval in
      let agents = interval.staffedAgents(interval: intervalLength)
      guard interval.offered > 0, agents > 0, let handle = interval.handleSeconds, handle > 0 else { return nil }
      let traffic = Traffic(
        volume: Double(interval.offered), per: intervalLength, handleTime: .seconds(handle))
      let c = ErlangC.figures(servers: agents, traffic: traffic, answerTime: answerTime)
      let a = ErlangA.figures(servers: agents, traffic: traffic, patience: patience, answerTime: answerTime)
      let offered = Double(interval.offered)
      return Row(
        start: interval.start, offered: interval.offered, agents: agents, loadPerAgent: traffic.load / Double(agents),
        observedServiceLevel: Double(interval.answeredInTime) / offered,
        observedAbandonment: Double(interval.abandoned) / offered,
        erlangCServiceLevel: c.serviceLevel.fraction, erlangAServiceLevel: a.serviceLevel.fraction,
        erlangAAbandonment: a.abandonment?.fraction ?? 0)
    }
  }

  /// The load-per-agent bands used by ``errors(of:)``.
  public static let bands: [(label: String, range: Range<Double>)] = [
    ("load/agent < 0.5", 0..<0.5), ("0.5-0.7", 0.5..<0.7), ("0.7-0.85", 0.7..<0.85),
    ("0.85-1.0", 0.85..<1.0), (">= 1.0", 1.0..<Double.infinity),
  ]

  /// Errors overall (first) and by load-per-agent band; intervals weigh equally.
  public static func errors(of rows: [Row]) -> [ErrorSummary] {
    var groups = [("all intervals", rows)]
    for band in bands { groups.append((band.label, rows.filter { band.range.contains($0.loadPerAgent) })) }
    return groups.map { label, rows in
      func summary(_ predicted: KeyPath<Row, Double>, _ observed: KeyPath<Row, Double>) -> (Double, Double) {
        guard !rows.isEmpty else { return (0, 0) }
        let differences = rows.map { $0[keyPath: predicted] - $0[keyPath: observed] }
        let count = Double(rows.count)
        return (differences.map(abs).reduce(0, +) / count, differences.reduce(0, +) / count)
      }
      return ErrorSummary(
        label: label, intervals: rows.count, calls: rows.map(\.offered).reduce(0, +),
        erlangCServiceLevel: summary(\.erlangCServiceLevel, \.observedServiceLevel),
        erlangAServiceLevel: summary(\.erlangAServiceLevel, \.observedServiceLevel),
        erlangAAbandonment: summary(\.erlangAAbandonment, \.observedAbandonment))
    }
  }
}
