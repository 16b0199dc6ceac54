/**
 * Errors shaped as Office.js throws them (`OfficeExtension.Error`: name
 * `RichApi.Error`, a `code`, a `message`, `debugInfo`), with the codes and
 * messages Excel uses for the cases the fake reproduces.
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Reading a property that was not loaded and synced (the exact Office.js text). */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail?: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    detail ?? "The argument is invalid or missing or has an incorrect format.",
    location,
  );
}

export function invalidOperation(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", detail, location);
}

export function apiNotFound(location: string, set: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel (requires ${set}).`,
    location,
  );
}

/** Office.js's CoreErrorCodes.requestPayloadSizeLimitExceeded (Excel on the web, over 5 MB). */
export function payloadTooLarge(bytes: number): FakeOfficeError {
  return new FakeOfficeError(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit (${bytes} bytes > 5 MB).`,
  );
}

export function invalidObjectPath(location: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidObjectPath",
    "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
    location,
  );
}

/** What Excel returns for a change it does not allow (a protected sheet or workbook structure). */
export function accessDenied(location: string): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", location);
}

/**
 * The workbook the add-in ran against is gone (closed, or the user switched
 * to another one in a host that shares the pane): Office.js fails the next
 * sync with GeneralException or InvalidRequestContext (CoreErrorCodes in
 * @microsoft/office-js dist/excel-web-16.00.debug.js).
 */
export function generalException(location: string): FakeOfficeError {
  return new FakeOfficeError("GeneralException", "There was an internal error while processing the request.", location);
}
