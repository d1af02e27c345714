import Forecast

/// A planner's plan.yaml: the time grid, the channels and their promises, and, for scheduling,
/// the shift policy and labour rules.
///
/// `forecast` and `require` use only the calendar, shrinkage and channels; `shifts` and `rules` are
/// optional here and required by the scheduler (docs/reference.md, plan.yaml).
public struct Plan: Sendable, Hashable, Codable {
  public var name: String
  /// Time zone, interval length, roster week and holidays.
  public var calendar: PlanningCalendar
  /// Share of paid time not available for contacts, unless a channel overrides it.
  public var shrinkage: Percentage
  public var channels: [Channel]
  public var shifts: ShiftPolicy?
  public var rules: LabourPolicy?
  /// No interval of a line channel below this service level when scheduling to the promise
  /// (`min_interval_service_level`); nil: ``defaultIntervalFloor``.
  public var minIntervalServiceLevel: Percentage?
  /// Points of service level planned above each line channel's promise when scheduling to it
  /// (`service_level_margin`): a buffer against the week's randomness; nil: none.
  public var serviceLevelMargin: Percentage?

  public init(
    name: String, calendar: PlanningCalendar, shrinkage: Percentage, channels: [Channel],
    shifts: ShiftPolicy? = nil, rules: LabourPolicy? = nil
  ) {
    self.name = name
    self.calendar = calendar
    self.shrinkage = shrinkage
    self.channels = channels
    self.shifts = shifts
    self.rules = rules
  }

  public var holidays: Holidays { calendar.holidays }
  public var intervalLength: IntervalLength { calendar.intervalLength }
  public var week: LocalDate { calendar.week }

  /// The channel with this id.
  public func channel(_ id: String) -> Channel? { channels.first { $0.id == id } }

  /// The shrinkage that applies to a channel: its own, else the plan's.
  public func shrinkage(for channel: Channel) -> Percentage { channel.shrinkage ?? shrinkage }

  /// The floor when the plan sets none: half the contacts of every interval answered in time.
  ///
  /// Scheduling to the week's promise moves agents to where they buy the most service; without a
  /// floor a short week drives single intervals to 0 % (../research measured 24-40 such intervals
  /// on the demo's voice with a fixed budget). 50 % keeps every interval serviceable while leaving
  /// room to save: measured on the demo's voice, floors of 50 % and 70 % saved 8.5 % and 7.5 % of
  /// paid hours against covering every interval at the target.
  public static let defaultIntervalFloor = Percentage(fraction: 0.5)

  /// The floor of a line channel's interval service level: its own, else the plan's, else the
  /// default; never above the channel's promise.
  public func intervalFloor(for channel: Channel) -> Percentage {
    let floor = channel.minIntervalServiceLevel ?? minIntervalServiceLevel ?? Self.defaultIntervalFloor
    return Percentage(fraction: min(floor.fraction, channel.target.share.fraction))
  }
}
