import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan validate`: whether a roster keeps each channel's promise (docs/reference.md, Outputs).
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Whether a roster keeps each channel's promise, by formula and optionally by simulation.",
    discussion: HelpText.paragraphs(
      """
      Per channel and interval: the channel's model (Erlang C, Erlang A with patience, chat with concurrency)
      with the agents the roster puts there after shrinkage (fractional agents interpolate between whole
      ones); e-mail and messaging: the share completed within the promise by a first-come-first-served flow
      through the roster's capacity. The week's service level is volume-weighted. The strongest promise kept
      is the shortest answer time (5 s steps up to 10 min; deferred: interval steps) at the target's share.

      --simulate N runs N seeded replications of the week (Poisson arrivals, multi-skill routing, chat
      slots, breaks as rostered) and reports the simulated service level and the share of weeks keeping
      the promise. Exit status: 0 all promises kept, 2 a promise not kept (by formula), 64 bad input.

      Example:
        staffplan validate --plan Data/demo --roster roster.csv --forecast forecast.csv --simulate 100 --seed 7
      """))

  @Option(help: "The plan folder (plan.yaml).")
  var plan: String
  @Option(help: "The roster (roster.csv written by staffplan schedule).")
  var roster: String
  @Option(help: "The forecast file written by staffplan forecast.")
  var forecast: String
  @Option(help: "agents.csv for skills in the simulation (default: the plan folder's, if present).")
  var agents: String?
  @Option(help: "Simulate the week this many times, e.g. 100.")
  var simulate: String?
  @Option(help: "Seed of the simulation (same seed, same output).")
  var seed: String = "1"
  @Flag(name: .customLong("forecast-error"), help: "Draw each interval's rate from the forecast's 80 % interval.")
  var forecastError = false
  @Option(name: .customLong("handle-times"), help: "Handle-time distribution: exponential or lognormal.")
  var handleTimes: String = "exponential"
  @Option(name: .customLong("handle-cv"), help: "Coefficient of variation of lognormal handle times.")
  var handleCV: String = "0.8"
  @Option(help: "Simulated routing: blended (idle agents take calls and chats of every skill) or rostered (only of the channel they are rostered on, as the formula counts).")
  var routing: String = "blended"
  @Option(help: "Simulated absences: spread (each interval loses its shrinkage share, as the formula assumes) or independent (each agent away independently, so the count varies too).")
  var absences: String = "spread"
  @Option(name: .customLong("absence-length"), help: "Mean length of one simulated absence (shrinkage taken in stretches), e.g. 60m.")
  var absenceLength: String = "60m"
  @Option(name: .customLong("deferred-work"), help: "Deferred work of agents rostered on calls or chats: interruptible (a call finding nobody free takes the agent from an e-mail) or whole (the agent finishes it first).")
  var deferredWork: String = "interruptible"
  @Flag(help: "Print JSON.")
  var json = false
  @Option(help: "Write the per-interval figures as CSV.")
  var out: String?

  func run() throws {
    let options = try simulationOptions()
    let input = try ValidationInput.load(
      planFolder: plan, rosterPath: roster, forecastPath: forecast, agentsPath: agents)
    let started = Date()
    let report = RosterValidator(week: input.week).validate()
    if Date().timeIntervalSince(started) > 1 { Progress.note("validate: formulas in \(Progress.seconds(since: started))") }
    var simulation: SimulationSummary?
    if let options {
      Progress.note("validate: simulating \(options.replications) weeks...")
      let summary = RosterSimulator.run(input.week, agentSkills: input.skills, options: options)
      Progress.note(
        String(
          format: "validate: %d weeks, %d events in %.1f s (%.0f events/s)", summary.replications, summary.events,
          summary.seconds, summary.eventsPerSecond))
      simulation = summary
    }
    if let out { try AtomicFile.write(ValidationText.csv(report, week: input.week), to: out) }
    print(json ? ValidationText.json(report, simulation: simulation) : ValidationText.table(report, simulation: simulation))
    if !report.allKept {
      throw PromiseBroken(message: ValidationInput.brokenMessage(report, command: "validate", week: input.week, skills: input.skills))
    }
  }

  func simulationOptions() throws(InputError) -> SimulationOptions? {
    guard let simulate else { return nil }
    guard let replications = Int(simulate.trimmingCharacters(in: .whitespaces)), (1...100_000).contains(replications)
    else {
      throw InputError(
        file: "--simulate", problem: "\"\(simulate)\" is not a number of replications",
        remedy: "give a whole number from 1 to 100000, like 100")
    }
    guard let seedValue = UInt64(seed.trimmingCharacters(in: .whitespaces)) else {
      throw InputError(
        file: "--seed", problem: "\"\(seed)\" is not a seed", remedy: "give a whole number of zero or more, like 7")
    }
    let distribution: SimulationOptions.HandleTimes
    switch handleTimes.lowercased() {
    case "exponential": distribution = .exponential
    case "lognormal":
      guard let cv = Double(handleCV), cv > 0, cv <= 5 else {
        throw InputError(
          file: "--handle-cv", problem: "\"\(handleCV)\" is not a coefficient of variation",
          remedy: "give a number above 0 and up to 5, like 0.8")
      }
      distribution = .lognormal(cv: cv)
    default:
      throw InputError(
        file: "--handle-times", problem: "\"\(handleTimes)\" is not a distribution", remedy: "use exponential or lognormal")
    }
    guard let routingValue = SimulationOptions.Routing(rawValue: routing.lowercased()) else {
      throw InputError(
        file: "--routing", problem: "\"\(routing)\" is not a routing", remedy: "use blended or rostered")
    }
    guard let absencesValue = SimulationOptions.Absences(rawValue: absences.lowercased()) else {
      throw InputError(
        file: "--absences", problem: "\"\(absences)\" is not a way absences fall", remedy: "use spread or independent")
    }
    let length = try CLI.parse("--absence-length", absenceLength) { text throws(ValueError) in try Duration(parsing: text) }
    guard length.inSeconds >= 60 else {
      throw InputError(
        file: "--absence-length", problem: "\"\(absenceLength)\" is shorter than a minute", remedy: "give a length like 60m")
    }
    guard let deferredValue = SimulationOptions.DeferredWork(rawValue: deferredWork.lowercased()) else {
      throw InputError(
        file: "--deferred-work", problem: "\"\(deferredWork)\" is not a way to do deferred work",
        remedy: "use interruptible or whole")
    }
    return SimulationOptions(
      replications: replications, seed: seedValue, handleTimes: distribution, forecastError: forecastError,
      threads: 2, routing: routingValue, absences: absencesValue, absenceLength: length.inSeconds,
      deferredWork: deferredValue)
  }
}
