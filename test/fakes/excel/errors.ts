/**
 * Errors shaped as Office.js throws them (`OfficeExtension.Error`: name
 * `RichApi.Error`, a `code`, a `message`, `debugInfo`: "the API returns an
 * error object that contains the following properties. code: …",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Codes from Excel.ErrorCodes
 * (https://learn.microsoft.com/zh-cn/javascript/api/excel/excel.errorcodes?view=excel-js-preview)
 * and OfficeExtension.ErrorCodes
 * (https://learn.microsoft.com/ja-jp/javascript/api/office/officeextension.errorcodes?view=word-js-preview).
 * The messages are Excel's English ones as far as the sources below quote
 * them; the others are not documented (Excel localizes them) and no test may
 * depend on their wording.
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

/**
 * Reading a property that was not loaded and synced
 * (OfficeExtension.ErrorCodes.propertyNotLoaded). The text is Office.js's
 * own; not quoted by any page found here.
 */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Excel.ErrorCodes.itemNotFound: `getItem` of something missing (the *OrNullObject methods answer a null object instead). */
export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

/** Excel.ErrorCodes.invalidArgument; the default text is the one quoted in office-js #3957 and #5198 (https://github.com/OfficeDev/office-js/issues/3957, https://github.com/OfficeDev/office-js/issues/5198). */
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

/**
 * A request over 5 MB (see REQUEST_LIMIT_BYTES in context.ts). The docs say
 * only "a RichAPI.Error"; the code name is Office.js's own
 * (CoreErrorCodes.requestPayloadSizeLimitExceeded in @microsoft/office-js),
 * not on a page found here.
 */
export function payloadTooLarge(bytes: number): FakeOfficeError {
  return new FakeOfficeError(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit (${bytes} bytes > 5 MB).`,
  );
}

/** OfficeExtension.ErrorCodes.invalidObjectPath; text as quoted on the TrackedObjects page (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.trackedobjects). */
export function invalidObjectPath(location: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidObjectPath",
    "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
    location,
  );
}

/** Excel.ErrorCodes.accessDenied: what the fake returns for a change on a protected sheet or structure (the code Excel uses there is not documented; assumed). */
export function accessDenied(location: string): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", location);
}

/**
 * The workbook the add-in ran against is gone (closed, or the user switched
 * to another one in a host that shares the pane): Office.js fails the next
 * sync with GeneralException or InvalidRequestContext (both in
 * OfficeExtension.ErrorCodes,
 * https://learn.microsoft.com/ja-jp/javascript/api/office/officeextension.errorcodes?view=word-js-preview).
 * Which one Excel gives is not documented; Excel.ErrorCodes also lists
 * InactiveWorkbook (https://learn.microsoft.com/zh-cn/javascript/api/excel/excel.errorcodes?view=excel-js-preview), which the fake
 * does not produce. GeneralException's text is the one quoted in office-js
 * #365 (https://github.com/OfficeDev/office-js/issues/365).
 */
export function generalException(location: string): FakeOfficeError {
  return new FakeOfficeError("GeneralException", "There was an internal error while processing the request.", location);
}

/**
 * Excel.ErrorCodes.invalidOperationInCellEditMode: a batch that reaches Excel
 * while the user is editing a cell, in a run without `delayForCellEdit`
 * ("When false, if the user is in cell edit when the batch request is
 * processed by the host, the batch automatically fails",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions).
 * The message is not documented; no test may depend on it.
 */
export function invalidOperationInCellEditMode(location: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperationInCellEditMode", "The operation isn't available while Excel is in Edit cell mode.", location);
}
