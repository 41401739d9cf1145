/** length-ratio: blocks far outside the document's own length ratio. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'length-ratio';
const paragraphs = (...rows: string[]) => `${rows.join('\n\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const german = [
  'Die Konfigurationsdatei liegt im Stammverzeichnis des Projekts.',
  'Der Server liest sie beim Start einmal ein und prüft jeden Schlüssel. Unbekannte Schlüssel führen zu einer Warnung, fehlende Pflichtschlüssel zu einem Fehler, und der Server startet dann nicht. Änderungen an der Datei wirken erst nach einem Neustart des Servers, nicht schon beim Speichern.',
  'Die Protokolle landen im Ordner logs neben der Konfiguration.',
  'Für die Entwicklung gibt es einen eigenen Modus mit ausführlichen Meldungen.',
  'Im Betrieb sollte dieser Modus ausgeschaltet bleiben.',
];

describe('length-ratio', () => {
  it('accepts a faithful Spanish translation, longer than the German throughout', () => {
    const spanish = [
      'El archivo de configuración se encuentra en el directorio raíz del proyecto.',
      'El servidor lo lee una sola vez al arrancar y comprueba cada una de las claves. Las claves desconocidas provocan una advertencia, las claves obligatorias que faltan provocan un error, y en ese caso el servidor no arranca. Los cambios en el archivo solo surten efecto después de reiniciar el servidor, no al guardarlo.',
      'Los registros se guardan en la carpeta logs, junto a la configuración.',
      'Para el desarrollo existe un modo propio con mensajes detallados.',
      'En producción, este modo debe permanecer desactivado.',
    ];
    expect(findingsOf(paragraphs(...german), paragraphs(...spanish))).toEqual([]);
  });

  it('accepts a Chinese translation at its own, much shorter ratio', () => {
    const chinese = [
      '配置文件位于项目的根目录中。',
      '服务器在启动时读取一次该文件并检查每个键。未知的键会产生警告，缺少必需的键会产生错误，此时服务器不会启动。对文件的更改只有在重新启动服务器后才会生效，保存时不会生效。',
      '日志保存在配置文件旁边的 logs 文件夹中。',
      '开发时有一个输出详细信息的专用模式。',
      '在生产环境中应保持该模式关闭。',
    ];
    expect(findingsOf(paragraphs(...german), paragraphs(...chinese))).toEqual([]);
  });

  // Five paragraphs with no link, code or number, in the same order on both sides: order settles the pairing (any
  // other costs two unpaired blocks), so it is not uncertain and the finding does not say so (length-ratio is a hint: info).
  it('reports a Spanish paragraph that lost most of its text', () => {
    const spanish = [
      'El archivo de configuración está en la raíz del proyecto.',
      'El servidor lo lee una vez al arrancar.',
      'Los registros se guardan en la carpeta logs, junto a la configuración.',
      'Para el desarrollo existe un modo propio con mensajes detallados.',
      'En producción, este modo debe permanecer desactivado.',
    ];
    const found = findingsOf(paragraphs(...german), paragraphs(...spanish));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'info', left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toMatch(
      /^Length out of proportion: the left has \d+ characters of text, the right \d+, where the document’s ratio \(\d\.\d\d\) predicts about \d+; the right may have lost a passage\.$/,
    );
  });

  it('reports an added passage in Norwegian as info when the block is not half gone', () => {
    const norwegian = [
      'Konfigurasjonsfilen ligger i prosjektets rotkatalog.',
      'Serveren leser den én gang ved oppstart og kontrollerer hver nøkkel. Ukjente nøkler gir en advarsel, manglende obligatoriske nøkler gir en feil, og da starter ikke serveren. Endringer i filen trer først i kraft etter en omstart av serveren, ikke allerede ved lagring.',
      'Loggene havner i mappen logs ved siden av konfigurasjonen. Merk at mappen må være skrivbar for brukeren som kjører serveren, ellers går loggmeldinger tapt uten varsel, og feilsøking blir svært vanskelig.',
      'For utvikling finnes det en egen modus med detaljerte meldinger.',
      'I drift bør denne modusen være slått av.',
    ];
    const found = findingsOf(paragraphs(...german), paragraphs(...norwegian));
    expect(found).toMatchObject([{ severity: 'info', left: { line: 5 }, right: { line: 5 } }]);
    expect(found[0]!.message).toContain('the right may have an added passage, or the left lost one');
  });
});
