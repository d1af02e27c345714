/// A promise the roster does not keep: the command has done its work and exits with status 2.
///
/// docs/reference.md: `validate` and `publish` exit 2 when a promise is not kept; `check` when a hard rule is
/// broken. The message (one line per
/// broken channel) goes to standard error; ``CLI/main(_:arguments:)`` renders it.
struct PromiseBroken: Error {
  var message: String
}
