import { parseBenchmarkOutput } from "./captcha.js";

test("parseBenchmarkOutput reads the name=value lines of CaptchaRenderBenchmark", () => {
  expect(parseBenchmarkOutput("images_per_second=563.2\nimages=5632\naverage_png_bytes=2410\n")).toEqual({
    images_per_second: 563.2,
    images: 5632,
    average_png_bytes: 2410,
  });
  expect(parseBenchmarkOutput("Exception in thread main\n")).toEqual({});
});
