import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startI18n } from './i18n/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/grid.css';
import './styles/editor.css';

void startI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
