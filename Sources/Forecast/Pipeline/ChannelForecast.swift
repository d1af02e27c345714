/// The forecast of one channel over the horizon, with how it was made.
public struct ChannelForecast: Sendable {
  public var channel: String
  /// The model's result: method, backtests, intervals, outlier days.
  public var result: ForecastResult
  /// The rows for the forecast file (open intervals only, or every interval for deferred work).
  public var rows: [ForecastTable.Row]
  /// Local dates of the days left out of fitting as outliers.
  public var outlierDates: [LocalDate]
  /// The history the model saw, as a series (for reports: recent history next to the forecast).
  public var history: SeasonalSeries
  /// The first local day of `history`.
  public var historyStart: LocalDate
  /// The calendar factors on handle time (``CalendarHandleTime``), applied to the forecast's.
  public var handleFactors: [DayFactor] = []
  /// Forecast days the calendar moves by 15 % or more, when the calendar-aware model was chosen.
  public var calendarDays: [CalendarDay] = []
  /// Weekdays the calendar-aware model counts as business days from the hours although they open
  /// under half as long as the longest day, with their open hours and the longest day's.
  public var shortBusinessDays: [(weekday: Weekday, openHours: Double, longestHours: Double)] = []
  /// The weekdays the calendar-aware model counts as business days (plan.yaml's, else from the hours).
  public var businessWeekdays: Set<Weekday> = []
  /// Contacts of recent history in hours the plan closes, left out of the forecast; nil when
  /// under 1 % of the channel's.
  public var closedHours: ClosedHoursVolume?
}
