/// A service-level promise: a share of contacts answered within an answer time.
///
/// Written `80/20` (80 % within 20 seconds: the call-center convention, the time is in seconds),
/// `80%/20s`, or `90%/24h` for deferred work. Service level counts every offered contact: abandoners
/// are not answered in time (docs/reference.md, Units).
public struct ServiceTarget: Sendable, Hashable, Codable {
  /// The share that must be answered in time.
  public var share: Percentage
  /// The answer time.
  public var answerTime: Duration

  public init(share: Percentage, answerTime: Duration) {
    self.share = share
    self.answerTime = answerTime
  }

  /// Parses `80/20`, `80%/20s`, `0.8/20s`, `90%/24h`.
  public init(parsing text: String) throws(ValueError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2 else {
      throw ValueError("\"\(text)\" is not a target", remedy: "write it like 80/20 or 90%/24h")
    }
    let shareText = parts[0].trimmingWhitespace
    let timeText = parts[1].trimmingWhitespace
    var share: Percentage
    if let bare = Double(shareText), bare > 1 {
      share = try Percentage(parsing: shareText + "%")
    } else {
      share = try Percentage(parsing: shareText)
    }
    if share.fraction == 0 {
      throw ValueError("\"\(text)\" promises 0%", remedy: "give a share above 0%, like 80/20")
    }
    let time: Duration
    if let seconds = Double(timeText) {
      guard seconds.isFinite, seconds >= 0 else {
        throw ValueError("\"\(text)\" has a negative answer time", remedy: "write it like 80/20")
      }
      guard seconds < 1e9 else {
        throw ValueError("\"\(text)\" has too long an answer time", remedy: "give an answer time under 30 years, like 90%/24h")
      }
      time = .seconds(real: seconds)
    } else {
      time = try Duration(parsing: timeText)
    }
    if share.fraction == 1, time == .zero {
      throw ValueError(
        "\"\(text)\" promises every contact answered at once, which no staff can keep",
        remedy: "lower the share below 100% or give an answer time, like 80/20")
    }
    share = Percentage(fraction: share.fraction)
    self.init(share: share, answerTime: time)
  }

  /// `80/20` for answer times in whole seconds under an hour, else `90%/24h`.
  public var text: String {
    let seconds = answerTime.inSeconds
    let sharePercent = share.fraction * 100
    if seconds < 3600, seconds == seconds.rounded(), sharePercent == sharePercent.rounded() {
      return "\(Int(sharePercent))/\(Int(seconds))"
    }
    return "\(share.percentText)/\(answerTime.unitText)"
  }
}

extension Substring {
  var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
