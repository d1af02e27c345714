import Forecast

/// One what-if change to a base plan: hours, targets, shrinkage, volume, handle time and headcount.
///
/// Read from a scenario file by ``ScenarioReader`` against the base plan and its agents, so every
/// channel and agent it names exists and merged opening hours are already checked. Applying it
/// (``apply(to:)-(Plan)``, ``apply(to:)-([Agent])`` and ``ScenarioForecast``) cannot fail.
///
/// Example (docs/whatif.md):
/// ```yaml
/// name: late chat, +10 % volume
/// hours: { chat: { mon-fri: "08:00-24:00" } }
/// volume: { all: +10% }
/// new_hours_volume: { nearest: 50% }
/// headcount: { add: { like: A001, count: 2 } }
/// ```
public struct Scenario: Sendable, Hashable {
  /// The column name in the comparison: `name:`, else the file name without extension.
  public var name: String
  /// The file it was read from, as the user named it.
  public var file: String
  /// Per channel id, the channel's whole opening hours in the scenario (base days not listed kept).
  public var hours: [String: OpeningHours] = [:]
  /// Per channel id, the new promise.
  public var targets: [String: ServiceTarget] = [:]
  /// The plan-wide shrinkage, when changed.
  public var planShrinkage: Percentage?
  /// Per channel id, the channel's own shrinkage.
  public var channelShrinkage: [String: Percentage] = [:]
  /// Multipliers of forecast volume.
  public var volume = ChannelFactors()
  /// Multipliers of forecast handle time.
  public var handleTime = ChannelFactors()
  public var headcount = HeadcountChange()
  /// The volume assumed in intervals the scenario opens and the base forecast does not cover.
  public var newHoursVolume = NewHoursVolume.standard
  /// What happens to contacts forecast in hours the scenario closes.
  public var closedDemand = ClosedDemand.standard

  public init(name: String, file: String) {
    self.name = name
    self.file = file
  }

  /// The plan with this scenario's hours, targets and shrinkage.
  public func apply(to plan: Plan) -> Plan {
    var plan = plan
    if let planShrinkage { plan.shrinkage = planShrinkage }
    for index in plan.channels.indices {
      let id = plan.channels[index].id
      if let hours = hours[id] { plan.channels[index].hours = hours }
      if let target = targets[id] { plan.channels[index].target = target }
      if let shrinkage = channelShrinkage[id] { plan.channels[index].shrinkage = shrinkage }
    }
    return plan
  }
}

/// Multipliers per channel, written as signed percentage changes: `{ all: +10%, chat: -5% }`.
///
/// A channel's own entry replaces `all` for that channel (they do not compound).
public struct ChannelFactors: Sendable, Hashable {
  /// Applies to every channel without its own entry; 1 when absent.
  public var all: Double?
  public var channels: [String: Double] = [:]

  public init(all: Double? = nil, channels: [String: Double] = [:]) {
    self.all = all
    self.channels = channels
  }

  /// The multiplier for a channel: 1.1 for +10 %.
  public func factor(for channel: String) -> Double { channels[channel] ?? all ?? 1 }

  /// True when no channel changes.
  public var isIdentity: Bool { (all ?? 1) == 1 && channels.values.allSatisfy { $0 == 1 } }

  /// Parses a signed change: `+10%` is 1.1, `-25%` is 0.75, `0%` is 1.
  ///
  /// The sign is required on non-zero changes so `10%` cannot be misread as "down to 10 %"; a bare
  /// number has no unit and is refused; falls beyond -100 % are refused.
  public static func change(parsing text: String) throws(ValueError) -> Double {
    let compact = text.filter { !$0.isWhitespace }
    guard compact.hasSuffix("%") else {
      throw ValueError(
        "\"\(text)\" has no % sign", remedy: "write a change in percent, like +10% or -5%")
    }
    let digits = String(compact.dropLast())
    guard let value = Double(digits), value.isFinite else {
      throw ValueError(
        "\"\(text)\" is not a percentage change",
        remedy: digits.contains(",") ? "use a dot for decimals, like +2.5%" : "write it like +10% or -5%")
    }
    guard value == 0 || digits.hasPrefix("+") || digits.hasPrefix("-") else {
      throw ValueError(
        "\"\(text)\" has no sign", remedy: "write +\(digits)% for a rise or -\(digits)% for a fall")
    }
    guard value >= -100, value <= 1000 else {
      throw ValueError("\"\(text)\" is outside -100% to +1000%", remedy: "give a change between -100% and +1000%")
    }
    return 1 + value / 100
  }
}

/// Agents added, removed or scaled, applied in that order: remove, add, scale.
public struct HeadcountChange: Sendable, Hashable {
  /// Copies of an existing agent's profile (skills, hours, availability, cost) under new ids.
  public struct Copies: Sendable, Hashable {
    public var like: String
    public var count: Int
    public init(like: String, count: Int) {
      self.like = like
      self.count = count
    }
  }

  /// Agent ids left out.
  public var remove: [String] = []
  public var add: [Copies] = []
  /// Headcount after remove and add, as a share of it: 0.9 keeps 90 % (rounded), 1.2 adds 20 %.
  public var scale: Double?

  public init(remove: [String] = [], add: [Copies] = [], scale: Double? = nil) {
    self.remove = remove
    self.add = add
    self.scale = scale
  }

  /// True when headcount is unchanged.
  public var isEmpty: Bool { remove.isEmpty && add.isEmpty && scale == nil }
}

/// The volume assumed for intervals a scenario opens that the base forecast does not cover.
///
/// The forecast is made once, for the base plan's open intervals; history says nothing the base
/// forecast used about hours the base plan keeps closed. Written `new_hours_volume:` in a scenario:
/// - `nearest` (the default) or `{ nearest: 50% }`: the forecast of the nearest base interval of the
///   same day (volume and handle time), times the factor (100 % unless given). Conservative: the
///   edges of opening hours are usually quieter than this assumes.
/// - `zero`: no contacts (the hours are staffed only as the scheduler sees fit).
/// - `20%`: that share of the channel's mean volume per open interval of the same day.
/// A day without any base interval uses the channel's mean per open interval over the week.
public enum NewHoursVolume: Sendable, Hashable {
  case nearest(factor: Percentage)
  case zero
  case dailyAverage(share: Percentage)

  /// `nearest` at 100 %.
  public static let standard = NewHoursVolume.nearest(factor: Percentage(fraction: 1))

  /// How it is written in a scenario file: `nearest`, `{ nearest: 50% }`, `zero`, `20%`.
  public var text: String {
    switch self {
    case .nearest(let factor): factor.fraction == 1 ? "nearest" : "{ nearest: \(factor.percentText) }"
    case .zero: "zero"
    case .dailyAverage(let share): share.percentText
    }
  }
}

/// Contacts forecast in hours a scenario closes. Customers who find a channel closed mostly come
/// back when it is open: dropping them makes closing hours look free (the demo's Saturday: 207
/// calls and 125 chats gone, voice "improved" from 82 % to 90 %). Written `closed_demand:`:
/// - `move` (the default, 80 %) or `move 60%`: that share of each closed day's contacts goes to the
///   channel's open intervals of the same day, else of the nearest open days before and after (half
///   each), in proportion to their forecast volume (handle time of the interval they land in);
///   the rest is lost (customers who give up or use another channel);
/// - `drop`: left out, as if nobody came back.
public enum ClosedDemand: Sendable, Hashable {
  case move(share: Percentage)
  case drop

  /// `move` at 80 %: most customers come back; a stated, changeable guess.
  public static let standard = ClosedDemand.move(share: Percentage(fraction: 0.8))

  /// How it is written in a scenario file.
  public var text: String {
    switch self {
    case .move(let share): "move \(share.percentText)"
    case .drop: "drop"
    }
  }
}
