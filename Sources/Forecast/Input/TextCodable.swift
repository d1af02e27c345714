/// A value that files and JSON store as its text form: `2026-11-30`, `15m`, `08:00`.
///
/// Conforming types get `Codable` for free: they encode as ``text`` and decode through
/// ``init(codableText:)``, a ``ValueError`` becoming a `DecodingError` with the same words.
public protocol TextCodable: Codable {
  /// Parses the text form written by ``text``.
  init(codableText text: String) throws(ValueError)
  /// The text form.
  var text: String { get }
}

extension TextCodable {
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    do {
      self = try Self(codableText: try container.decode(String.self))
    } catch let error as ValueError {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\(error.problem); \(error.remedy)")
    }
  }
}
