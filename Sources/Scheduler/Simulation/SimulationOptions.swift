import Foundation

/// How the week is simulated: replications, seed, handle-time distribution and forecast error.
public struct SimulationOptions: Sendable, Hashable {
  /// The distribution of one contact's handle time around the interval's mean.
  public enum HandleTimes: Sendable, Hashable {
    /// Exponential with the interval's mean (coefficient of variation 1: the formulas' assumption).
    case exponential
    /// Lognormal with the interval's mean and this coefficient of variation (standard deviation /
    /// mean); measured contact centers show 0.6 to 1.0 for talk plus wrap-up, so 0.8 is the default.
    case lognormal(cv: Double)
  }

  /// Replications of the week (at least 1).
  public var replications: Int
  /// The seed of replication 0's stream; replication `r` uses a stream derived from `seed` and `r`.
  public var seed: UInt64
  public var handleTimes: HandleTimes
  /// When true, each interval's arrival rate is drawn from the forecast's 80 % interval before the
  /// contacts are (see ``SimulationModel``), so forecast error is part of the risk.
  public var forecastError: Bool
  /// Threads running replications (results do not depend on it).
  public var threads: Int
  /// Who answers a line channel (voice, chat): any idle agent skilled for it, or its rostered agents only.
  public var routing: Routing
  /// How shrinkage's absences fall: spread evenly over the intervals, or independently per agent.
  public var absences: Absences
  /// The mean length of one absence, seconds (``AbsenceDraw``): shrinkage is meetings, coaching,
  /// training and absence, taken in stretches, not an interval at a time.
  public var absenceLength: Double
  /// Whether a call or chat interrupts deferred work taken by an agent rostered on its channel.
  public var deferredWork: DeferredWork
  /// The default mean absence: an hour.
  public static let defaultAbsenceLength: Double = 3600

  /// How shrinkage takes agents away in the simulation. Either way absences last `absenceLength` on
  /// average, and an absent agent finishes the contacts in hand and is then away for the whole
  /// absence (its time is taken).
  public enum Absences: String, Sendable, Hashable, CaseIterable {
    /// Each interval loses its shrinkage share of the rostered agents, whole agents chosen at
    /// random (systematic sampling: each agent away with the shrinkage's probability, the count
    /// away the share rounded down or up), as the formula assumes: shrinkage is time planned
    /// away (breaks off the roster, meetings, coaching), spread over the week.
    case spread
    /// Each agent away from each interval independently with the shrinkage's probability, so the
    /// count away varies too (unplanned absence on top of the arrivals' and handle times' chance;
    /// service level is concave in agents, so this costs: the demo's voice 80.2 % by formula
    /// reads 76.2 % simulated).
    case independent
  }

  /// How contacts reach agents rostered on another channel.
  public enum Routing: String, Sendable, Hashable, CaseIterable {
    /// Skills-based routing (the default): an idle agent takes a call or chat of any channel it is
    /// skilled for, and deferred work of its other skills in that channel's hours (a center whose
    /// agents stay logged in to every queue they can answer). The formula counts the deferred
    /// part only (docs/validation.md, Routing, has the demo's figures both ways).
    case blended
    /// As the roster says, as validate's formula counts: a line contact goes to agents rostered on
    /// its channel only; idle agents still take deferred work.
    case rostered
  }

  /// The default lognormal coefficient of variation.
  public static let defaultLognormalCV = 0.8

  public init(
    replications: Int, seed: UInt64 = 1, handleTimes: HandleTimes = .exponential, forecastError: Bool = false,
    threads: Int = 2, routing: Routing = .blended,
    absences: Absences = .spread, absenceLength: Double = SimulationOptions.defaultAbsenceLength,
    deferredWork: DeferredWork = .interruptible
  ) {
    precondition(absenceLength > 0, "a positive mean absence")
    precondition(replications >= 1, "at least one replication")
    precondition(threads >= 1, "at least one thread")
    self.replications = replications
    self.seed = seed
    self.handleTimes = handleTimes
    self.forecastError = forecastError
    self.threads = threads
    self.routing = routing
    self.absences = absences
    self.absenceLength = absenceLength
    self.deferredWork = deferredWork
  }

  /// How agents rostered on a call or chat channel do e-mail and messages in their idle time.
  public enum DeferredWork: String, Sendable, Hashable, CaseIterable {
    /// A contact of the agent's own channel finding nobody free interrupts the e-mail or message,
    /// which goes back to the head of its queue with what is left (routing platforms can mark
    /// e-mail interruptible; the formula's deferred flow takes only idle time, costing the calls
    /// nothing).
    case interruptible
    /// The agent finishes the e-mail or message before answering its channel again.
    case whole
  }
}
