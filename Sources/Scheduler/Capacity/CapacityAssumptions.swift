import Forecast

/// What capacity.yaml says about the months ahead: the horizon, what one FTE is, shrinkage,
/// attrition by tenure stage, how hiring classes run, overtime and costs (docs/capacity.md).
public struct CapacityAssumptions: Sendable, Equatable {
  /// The first day of week 1 (any weekday).
  public var start: LocalDate
  /// Weeks in the horizon (`--weeks` overrides).
  public var weeks: Int
  /// Paid hours of one FTE per week.
  public var fteHours: Double
  /// Paid hours per required agent-hour that rostering costs (a `schedule` run prints it).
  public var efficiency: Double
  public var shrinkage: Shrinkage
  /// FTE at the start, all tenured; `nil`: from agents.csv (sum of max_hours / fte_hours).
  public var headcount: Double?
  /// Weekly attrition per tenure stage.
  public var attrition: Attrition
  public var hiring: Hiring
  /// Overtime allowed, as a share of effective FTE.
  public var overtimeMax: Percentage
  public var costs: Costs

  /// Shrinkage per day's month, with a default.
  public struct Shrinkage: Sendable, Equatable {
    public var standard: Percentage
    /// Keyed by `YYYY-MM`.
    public var byMonth: [String: Percentage]

    public init(standard: Percentage, byMonth: [String: Percentage] = [:]) {
      self.standard = standard
      self.byMonth = byMonth
    }

    /// The shrinkage of one day.
    public func on(_ day: LocalDate) -> Percentage { byMonth[Self.monthKey(day)] ?? standard }

    /// `2027-07` for any day of July 2027.
    public static func monthKey(_ day: LocalDate) -> String {
      String(day.text.prefix(7))
    }
  }

  /// Weekly attrition (share of heads leaving) in training, in ramp and once tenured.
  public struct Attrition: Sendable, Equatable {
    public var training: Percentage
    public var ramp: Percentage
    public var tenured: Percentage

    public init(training: Percentage, ramp: Percentage, tenured: Percentage) {
      self.training = training
      self.ramp = ramp
      self.tenured = tenured
    }
  }

  /// How hiring classes run: when the first can start, how often, how long training and ramp last.
  public struct Hiring: Sendable, Equatable {
    /// Weeks before the first class can start (the first is week 1 + lead time).
    public var leadTimeWeeks: Int
    /// Weeks between two class starts.
    public var classEveryWeeks: Int
    /// Weeks of training: paid, productivity 0.
    public var trainingWeeks: Int
    /// Productivity in each week after training, before tenure (each in 0...1).
    public var ramp: [Double]
    /// Most hires in one class.
    public var classMax: Int
    /// Fewest hires in a class that runs (a class of 0 does not run); 1: no minimum.
    public var classMin: Int = 1
    /// Class weeks given as dates (`class_starts`, 1-based weeks); `nil`: every `classEveryWeeks`.
    public var classStarts: [Int]?

    public init(leadTimeWeeks: Int, classEveryWeeks: Int, trainingWeeks: Int, ramp: [Double], classMax: Int) {
      self.leadTimeWeeks = leadTimeWeeks
      self.classEveryWeeks = classEveryWeeks
      self.trainingWeeks = trainingWeeks
      self.ramp = ramp
      self.classMax = classMax
    }
  }

  /// Costs per FTE-week (every head, overtime, shortfall) and per hire, in the planner's unit.
  public struct Costs: Sendable, Equatable {
    public var fteWeek: Double
    public var hire: Double
    public var overtimeFteWeek: Double
    public var shortfallFteWeek: Double

    public init(fteWeek: Double, hire: Double, overtimeFteWeek: Double, shortfallFteWeek: Double) {
      self.fteWeek = fteWeek
      self.hire = hire
      self.overtimeFteWeek = overtimeFteWeek
      self.shortfallFteWeek = shortfallFteWeek
    }
  }

  public init(
    start: LocalDate, weeks: Int, fteHours: Double, efficiency: Double, shrinkage: Shrinkage,
    headcount: Double?, attrition: Attrition, hiring: Hiring, overtimeMax: Percentage, costs: Costs
  ) {
    self.start = start
    self.weeks = weeks
    self.fteHours = fteHours
    self.efficiency = efficiency
    self.shrinkage = shrinkage
    self.headcount = headcount
    self.attrition = attrition
    self.hiring = hiring
    self.overtimeMax = overtimeMax
    self.costs = costs
  }

  /// The first day of week `week` (1-based).
  public func weekStart(_ week: Int) -> LocalDate { start.adding(days: 7 * (week - 1)) }

  /// Mean shrinkage over the 7 days of week `week` (1-based).
  public func shrinkage(inWeek week: Int) -> Double {
    (0..<7).reduce(0.0) { $0 + shrinkage.on(weekStart(week).adding(days: $1)).fraction } / 7
  }

  /// Whether a class may start in week `week` (1-based): week 1 + lead time, then every `class_every`.
  public func isClassWeek(_ week: Int) -> Bool {
    if let starts = hiring.classStarts { return starts.contains(week) }
    let first = 1 + hiring.leadTimeWeeks
    return week >= first && (week - first) % hiring.classEveryWeeks == 0
  }

  /// FTE needed for `agentHours` productive hours in week `week`:
  /// agent-hours x efficiency / (fte_hours x (1 - shrinkage)).
  public func requiredFTE(agentHours: Double, week: Int) -> Double {
    agentHours * efficiency / (fteHours * (1 - shrinkage(inWeek: week)))
  }
}
