import { useCallback } from 'react';
import { useApiCall } from '../../hooks/use-api-call';
import { downloadBase64 } from '../../lib/download';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 导出 Word: the backend writes the .docx from the same minutes model as the print; the browser saves it. */
export function useWordExport() {
  const call = useApiCall('meetings.exportDocx');
  const { run } = call;
  const exportWord = useCallback(
    async (code: string) => {
      const r = await run({ code });
      if (r.ok) downloadBase64(r.value.fileName, r.value.contentBase64, DOCX_MIME);
      return r.ok;
    },
    [run],
  );
  return { exportWord, loading: call.loading, error: call.error };
}
