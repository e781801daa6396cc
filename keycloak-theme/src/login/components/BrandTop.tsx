import { Fragment } from "react";
import { ministryNameLines } from "../brand";

/** The DSFR logo text wants explicit line breaks, not CSS wrapping. */
export function BrandTop() {
  return (
    <>
      {ministryNameLines.map((line, index) => (
        <Fragment key={line}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}
