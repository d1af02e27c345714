/// The two layouts of `history.csv`, told apart by the header (docs/reference.md).
///
/// - Per interval: `timestamp,channel,volume[,aht_seconds]`, timestamp = interval start.
/// - Per contact: `arrived_at,channel[,handle_seconds,waited_seconds,abandoned]`.
///
/// Columns may come in any order; an unknown column is refused with the nearest known name, so a
/// misspelt `aht_second` is not silently dropped.
struct HistoryColumns {
  enum Form { case perInterval, perContact }

  let form: Form
  let timestamp: Int
  let channel: Int
  let volume: Int?
  let handle: Int?
  let count: Int

  /// The handle-time column's name, when the header has one.
  var handleName: String? { handle.map { _ in form == .perInterval ? "aht_seconds" : "handle_seconds" } }

  static let perInterval = ["timestamp", "channel", "volume", "aht_seconds"]
  static let perContact = ["arrived_at", "channel", "handle_seconds", "waited_seconds", "abandoned"]

  init(header: CSVRow, file: String) throws(InputError) {
    try header.checkCommaSeparated(file: file, header: "timestamp,channel,volume,aht_seconds")
    let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    let form: Form = names.contains("arrived_at") ? .perContact : .perInterval
    let known = form == .perInterval ? Self.perInterval : Self.perContact
    for (index, name) in names.enumerated() where !known.contains(name) {
      let layout =
        form == .perInterval
        ? "timestamp,channel,volume[,aht_seconds]"
        : "arrived_at,channel[,handle_seconds,waited_seconds,abandoned]"
      let hint = NearestName.suggestion(for: name, among: known).map { "did you mean \"\($0)\"? " } ?? ""
      throw InputError(
        file: file, line: header.line, field: "column \(index + 1)",
        problem: "unknown column \"\(header.fields[index])\"",
        remedy: "\(hint)the columns are \(layout)")
    }
    for (index, name) in names.enumerated() where names[..<index].contains(name) {
      throw InputError(
        file: file, line: header.line, field: name, problem: "column \"\(name)\" appears twice",
        remedy: "keep one")
    }
    let required = form == .perInterval ? ["timestamp", "channel", "volume"] : ["arrived_at", "channel"]
    for name in required where !names.contains(name) {
      throw InputError(
        file: file, line: header.line, field: name, problem: "the header has no \(name) column",
        remedy: "start the file with timestamp,channel,volume[,aht_seconds] (per interval) "
          + "or arrived_at,channel[,handle_seconds,...] (per contact)")
    }
    self.form = form
    self.timestamp = names.firstIndex(of: required[0])!
    self.channel = names.firstIndex(of: "channel")!
    self.volume = names.firstIndex(of: "volume")
    self.handle = names.firstIndex(of: form == .perInterval ? "aht_seconds" : "handle_seconds")
    self.count = names.count
  }
}

