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
}
