import Forecast

/// Chat sizing: each agent carries up to `concurrency` chats at once, each chat slower the more
/// chats share the agent.
///
/// Model: an agent is `k` parallel slots, so `n` agents are `n·k` servers of Erlang C (or
/// Erlang A with a patience). Handling k chats at once slows each one down:
///
///     AHT_k = AHT · (1 + inflation · (k − 1))
///
/// with `AHT` the handle time of a chat handled alone. The requirement in agents is the
/// (real) number of slots divided by k, so 7 slots at k = 3 are 2.33 agents.
///
/// Assumptions: a new chat goes to any free slot (the router balances); slots are independent
/// (an agent at 3 chats is no slower on the third than an agent at 1 would be on a slot of the
/// same model); the inflation is a per-center fact to measure, 0.25 by default (a third
/// concurrent chat takes 1.5 × as long), within the 20–50 % slow-downs reported for chat
/// concurrency in industry benchmarks. Checked against a discrete-event simulation of agents
/// with k slots in `SizingChatTests`.
public struct ChatConcurrency: Sendable, Hashable, Codable {
  /// Chats one agent carries at once (k >= 1).
  public var concurrency: Int
  /// Relative slow-down per extra concurrent chat.
  public var inflation: Double

  /// The default slow-down per extra concurrent chat: 25 %.
  public static let defaultInflation = 0.25

  public init(concurrency: Int, inflation: Double = ChatConcurrency.defaultInflation) {
    precondition(concurrency >= 1, "concurrency must be >= 1")
    precondition(inflation.isFinite && inflation >= 0, "inflation must be >= 0")
    self.concurrency = concurrency
    self.inflation = inflation
  }

  /// The handle time of one chat when the agent carries `concurrency` chats.
  public func handleTime(alone: Duration) -> Duration {
    .seconds(alone.inSeconds * (1 + inflation * Double(concurrency - 1)))
  }

  /// The slot traffic: the same arrivals with the inflated handle time.
  public func slotTraffic(_ traffic: Traffic) -> Traffic {
    Traffic(arrivalsPerSecond: traffic.arrivalsPerSecond, handleTime: handleTime(alone: traffic.handleTime))
  }
}
