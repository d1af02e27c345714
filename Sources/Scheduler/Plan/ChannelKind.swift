/// How contacts of a channel arrive and wait, which decides the sizing model.
///
/// - `voice`: one call per agent, callers wait on line (Erlang C, or Erlang A with patience).
/// - `chat`: several sessions per agent at once (`concurrency`), customers wait on line.
/// - `email`: deferred work, answered within the target (hours), arriving at any hour.
/// - `messaging`: asynchronous conversations (WhatsApp and the like), deferred work like e-mail:
///   answered within the target, arriving at any hour; customers do not wait on line, so patience
///   does not apply; with `concurrency` k an agent works k conversations at once (workload / k).
public enum ChannelKind: String, Sendable, Hashable, Codable, CaseIterable {
  case voice, chat, email, messaging

  /// True when customers wait on line and may abandon: patience applies.
  public var waitsOnLine: Bool { self == .voice || self == .chat }

  /// True when one agent can carry several contacts at once: concurrency applies.
  public var allowsConcurrency: Bool { self == .chat || self == .messaging }

  /// True for deferred work answered within hours rather than seconds.
  public var isDeferred: Bool { self == .email || self == .messaging }
}
