import { Fragment } from "react";

/** The DSFR logo text wants explicit line breaks, not CSS wrapping. */
export function BrandTop({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}
