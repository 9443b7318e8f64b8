import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { TISSUE_PRESET, type DoseMark, type PanelId, type ScenarioView } from '../../../sim';
import { ChartCard } from '../plot/ChartCard';
import { DoseControl } from '../plot/DoseControl';
import { formatNumber } from '../plot/format';
import { layoutPanel } from '../plot/layout';
import { MarkerReadouts } from '../plot/MarkerReadouts';
import { doseMarksKey, type PanelModel } from '../plot/model';
import { useColumnPointsInTurns } from './useColumnPointsInTurns';
import { bandedPanelModel, plasmaMaxWithBands } from '../population/panelBands';
import type { DrawnBands } from '../population/populationBands';
import { PlotFrame, PlotLines } from '../plot/Plot';
import { decadeTop, niceTop, seriesMax } from '../plot/scales';
import { panelSummary } from '../plot/summary';
import { PLOT_THEMES } from '../plot/theme';
import { useElementWidth } from '../plot/useElementSize';
import { useStickyTop } from '../plot/useStickyTop';
import { useT } from '../i18n';
import { useFirstPaintDone } from '../start/AfterFirstPaint';
import { ChartTable } from './ChartTable';
import { panelSeries, READOUT_TEXT } from './readout';
import { Readout } from './Readout';
import { ReadoutAnnouncer } from './ReadoutAnnouncer';
import './readout.css';

const THEME = PLOT_THEMES.screen;

/**
 * The chart's width as styles.css lays out the main window, so the first render draws at the width the page will
 * have: .app-main has a 300 px controls column, a 16 px gap and 20 px padding each side (below 761 px one column
 * with 12 px each side), and a .chart-card 12 px padding and a 1 px border each side. Only a head start: the
 * chart is measured before it is first painted.
 */
function estimatedChartWidthPx(): number {
  const windowPx = window.innerWidth;
  const card = 2 * (12 + 1);
  return windowPx > 760 ? windowPx - (300 + 16 + 2 * 20) - card : windowPx - 2 * 12 - card;
}

/** A key of everything the frame draws (axes, legend, dose marks), so a slider drag redraws only the curves. */
function frameKey(model: PanelModel): string {
  const marks = model.doseRows.map((r) => `${r.regimenIndex}:${r.label}:${doseMarksKey(r.marks)}`);
  return [
    model.yTitle,
    model.xTitle,
    model.xLabel ? model.xLabel(0) : '',
    model.horizonDays,
    model.yAxis.domain.join(','),
    model.yAxis.ticks.join(','),
    model.legend.map((l) => `${l.key}=${l.label}`).join('|'),
    marks.join('|'),
  ].join('#');
}

export interface ViewChartProps {
  view: ScenarioView;
  panel: PanelId;
  /** Population bands to draw under the plasma curves (null or absent: none). */
  bands?: readonly DrawnBands[] | null;
  height: number;
  onToggleDose?: (mark: DoseMark) => void;
  /** Moves a calendar-schedule dose to a new time (h): dragging its marker, or Shift+arrows. */
  onMoveDose?: (mark: DoseMark, timeH: number) => void;
}

/**
 * An app chart of one panel of the scenario view, drawn with the chart kit in the screen theme: the frame
 * (axes, legend, dose marks) as one SVG, the curves as a layer over it, the dose control as HTML on top.
 */
function ViewChartView({ view, panel, height, onToggleDose, onMoveDose, bands }: ViewChartProps) {
  // The dose actions as callbacks that keep their identity and call the newest ones given (the app's are new with
  // every scenario): the dose control then sits a slider step out, its frame being the same.
  const doseActions = useRef({ onToggleDose, onMoveDose });
  useLayoutEffect(() => {
    doseActions.current = { onToggleDose, onMoveDose };
  });
  const toggleDose = useCallback((mark: DoseMark) => doseActions.current.onToggleDose?.(mark), []);
  const moveDose = useCallback(
    (mark: DoseMark, timeH: number) => doseActions.current.onMoveDose?.(mark, timeH),
    [],
  );
  const { ref, width } = useElementWidth<HTMLDivElement>(estimatedChartWidthPx, 200);
  const clipId = `${useId()}-clip`;
  const max = useMemo(
    () =>
      panel === 'plasma'
        ? plasmaMaxWithBands(view, bands)
        : seriesMax(view.series.filter((s) => s.panel === panel)),
    [view, panel, bands],
  );
  // The axis top holds still while a slider moves, so a drag moves the curve rather than the axis.
  const linearTop = useStickyTop(max, niceTop, 0.4);
  const logTop = useStickyTop(max, decadeTop, 0.1);
  const axis = view.scenario.display.axis;
  // A memoised chart still redraws its words when the language changes (readout.ts and the panel model read
  // the translator).
  const tr = useT();
  const model = useMemo(
    () =>
      bandedPanelModel(
        view,
        panel,
        bands,
        // The lines' points are taken per pixel column below, once the plot's width is known.
        panel === 'plasma'
          ? { top: axis === 'log' ? logTop : linearTop, points: 'none' }
          : { points: 'none' },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- tr: the titles are in the UI's language
    [view, panel, bands, axis, logTop, linearTop, tr],
  );
  const key = `${frameKey(model)}|${tr.language}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const frameModel = useMemo(() => model, [key]);
  const layout = useMemo(() => layoutPanel(frameModel, THEME, width, height), [frameModel, width, height]);
  const { drawn, complete } = useColumnPointsInTurns(model, view, layout.plot.width);
  const described = useFirstPaintDone();
  const testId = `${panel}-chart`;
  const [asTable, setAsTable] = useState(false);
  const series = useMemo(() => panelSeries(view, panel), [view, panel]);
  const titleId = `${panel}-title`;
  const viewSwitch = (
    <div className="chart-view-switch" role="group" aria-label={READOUT_TEXT.switchLabel(model.title)}>
      <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
        {READOUT_TEXT.chart()}
      </button>
      <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
        {READOUT_TEXT.table()}
      </button>
    </div>
  );
  const announcer = panel === 'plasma' && <ReadoutAnnouncer view={view} />;
  if (asTable) {
    return (
      <figure className="chart-card chart-card-table" aria-labelledby={titleId}>
        <figcaption className="chart-title" id={titleId}>
          {model.title}
        </figcaption>
        {viewSwitch}
        <ChartTable view={view} series={series} title={model.title} testId={testId} />
        {panel === 'tissue' && <MarkerReadouts view={view} />}
        {announcer}
      </figure>
    );
  }
  return (
    <div className="chart-view">
      {viewSwitch}
      {announcer}
      <ChartCard
        id={titleId}
        title={model.title}
        testId={testId}
        // Described once every curve is drawn (the last turn follows at once; see useColumnPointsInTurns), and
        // after the first paint: its sentence is the first plural message a cold start would parse.
        summary={complete && described ? panelSummary(view, drawn) : model.title}
        frameRef={ref}
        height={height}
        chart={
          <>
            <PlotFrame model={frameModel} layout={layout} theme={THEME} />
            <svg className="curve-layer" width={width} height={height} aria-hidden="true">
              <PlotLines model={drawn} layout={layout} theme={THEME} clipId={clipId} />
            </svg>
          </>
        }
        overlay={
          <>
            <Readout
              view={view}
              series={series}
              model={model}
              layout={layout}
              theme={THEME}
              title={model.title}
              testId={testId}
            />
            {onToggleDose && (
              <DoseControl
                model={frameModel}
                layout={layout}
                markerPx={THEME.markerPx}
                onToggle={toggleDose}
                onMove={onMoveDose && moveDose}
              />
            )}
          </>
        }
      >
        {panel === 'plasma' && model.yAxis.log && max > 0 && (
          <p className="chart-note">
            {tr.t('chart.logFloor', {
              floor: formatNumber(model.yAxis.domain[0]),
              units: view.units,
            })}
          </p>
        )}
        {panel === 'tissue' && (
          <>
            <p className="chart-note">
              {tr.t('chart.tissueNote', {
                bone: formatNumber(Math.LN2 / TISSUE_PRESET.bone.ke0PerH),
                artery: formatNumber(Math.LN2 / TISSUE_PRESET.artery.ke0PerH),
              })}
            </p>
            <MarkerReadouts view={view} />
          </>
        )}
        {model.lines.length === 0 && <p className="chart-note">{tr.t('chart.noCompound')}</p>}
      </ChartCard>
    </div>
  );
}

export const ViewChart = memo(ViewChartView);
